"""Rewrites the expected column of the given tables from this python3 (3.11 is the oracle).

Each row is `source<TAB>expected`: the source with `\\n` for a newline and `\\\\` for a
backslash; `OK` or CPython's message with its 1-based (line, col, end line, end col).
Run: python3 regen.py *.tsv
"""
import re
import sys


def decode(source):
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), source)


for path in sys.argv[1:]:
    rows = []
    for line in open(path, encoding="utf-8"):
        source = line.rstrip("\n").split("\t")[0]
        try:
            compile(decode(source), "x.py", "exec")
            said = "OK"
        except SyntaxError as e:
            said = f"{e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})"
        rows.append(f"{source}\t{said}\n")
    open(path, "w", encoding="utf-8").writelines(rows)
