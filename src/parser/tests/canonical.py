"""Prints CPython's AST of each file named on the command line in the canonical form of
`src/parser/tests/cpython.rs` (one line per file): nodes as `(Type field...)` in `_fields`
order, without positions or `ctx`; `_` is None; strings and bytes in hex, floats as their
IEEE bits, so both sides print exactly the same text."""

import ast
import struct
import sys

SKIP = {"ctx", "type_comment", "type_ignores", "kind"}


def w(x):
    if isinstance(x, ast.AST):
        fields = [w(getattr(x, f)) for f in x._fields if f not in SKIP]
        return "(" + " ".join([type(x).__name__] + fields) + ")"
    if isinstance(x, list):
        return "[" + " ".join(w(i) for i in x) + "]"
    if x is None:
        return "_"
    if x is Ellipsis:
        return "..."
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, str):
        return "s" + x.encode("utf-8", "surrogatepass").hex()
    if isinstance(x, bytes):
        return "b" + x.hex()
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        return "f" + struct.pack(">d", x).hex()
    if isinstance(x, complex):
        return "j" + struct.pack(">d", x.imag).hex()
    raise TypeError(type(x))


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        print(w(ast.parse(f.read())))
