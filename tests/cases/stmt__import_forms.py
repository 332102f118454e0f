# Absolute imports: plain, dotted, aliased, several at once, from-import lists and star.
import os
import os.path
import os.path as osp, sys as system
import collections.abc
from os import path
from os import path as p, sep
from os.path import (
    join,
    basename as base,
)
from math import *
from asyncio import sleep, gather as run_all
print(os.sep, osp.basename("a/b"), system.version_info[0], p is path, join("a", "b"), base("x/y"), floor(1.5))
