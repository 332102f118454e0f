# A module with no statements at all, only comments and blank lines.

    # an indented comment does not start a block

# the token stream is just the end marker
