#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Comments: full-line, trailing, inside brackets, after a colon, with quotes and # inside.
x = 1  # trailing comment
y = [  # after an opening bracket
    1,  # after an item
    # on its own line inside brackets
    2,
]  # after the closing bracket
if x:  # after a colon
    # first line of the block is a comment
    z = "# not a comment"  # but this one is, with 'quotes' and "more"
#no space after the hash
print(x, y, z)  # the end
