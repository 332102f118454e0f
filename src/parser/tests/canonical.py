"""Prints CPython's AST of each file named on the command line in the canonical form of
`src/parser/tests/cpython.rs` (one line per file): nodes as `(Type @line:col-line:col
field...)` in `_fields` order (columns in UTF-8 bytes; no positions inside f-strings, where
CPython 3.11 gives every part the span of the whole string), without `ctx`; `_` is None; strings and bytes in hex, floats as their
IEEE bits, so both sides print exactly the same text."""

import ast
import struct
import sys

SKIP = {"ctx", "type_comment", "type_ignores", "kind"}
POSITIONED = (ast.stmt, ast.expr, ast.pattern, ast.arg, ast.keyword, ast.alias, ast.excepthandler)


def w(x, joined=False):
    if isinstance(x, ast.AST):
        inner = joined or isinstance(x, ast.JoinedStr)
        fields = [w(getattr(x, f), inner) for f in x._fields if f not in SKIP]
        head = [type(x).__name__]
        if isinstance(x, POSITIONED) and not joined:
            head.append(f"@{x.lineno}:{x.col_offset}-{x.end_lineno}:{x.end_col_offset}")
        return "(" + " ".join(head + fields) + ")"
    if isinstance(x, list):
        return "[" + " ".join(w(i, joined) for i in x) + "]"
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
