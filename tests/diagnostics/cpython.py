"""Record what CPython says about every bad input in tests/diagnostics/.

Usage:  python3 tests/diagnostics/cpython.py          (rewrites cpython.txt)
        python3 tests/diagnostics/cpython.py --check  (exit 1 if cpython.txt is stale)

For every `NAME.py` in this folder (except this script) it runs
`compile(source, NAME.py, "exec")` and writes one line to cpython.txt:

    NAME.py<TAB>ErrorClass<TAB>line<TAB>message

where ErrorClass is SyntaxError, IndentationError or TabError, line is
`exc.lineno` and message is `exc.msg`. Lines are sorted by file name.

Each file is meant to hold exactly one error that CPython finds before running
anything; the script stops with an error if a file compiles, or fails with
something other than a SyntaxError. weft's diagnostics are compared with this
table: same class of error, same line, a message at least as precise.

CPython 3.11 is the oracle (messages change between versions), so the script
refuses to run under anything else.
"""

import platform
import sys
import warnings
from pathlib import Path

if sys.version_info[:2] != (3, 11) or platform.python_implementation() != "CPython":
    sys.exit(f"cpython.py needs CPython 3.11, not {platform.python_implementation()} {platform.python_version()}")

HERE = Path(__file__).resolve().parent
TABLE = HERE / "cpython.txt"


def diagnose(path: Path) -> str:
    """Returns the table line for one file; raises AssertionError if it is not a compile-time error."""
    source = path.read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, path.name, "exec")
        except SyntaxError as exc:
            assert "\t" not in exc.msg and "\n" not in exc.msg, f"{path.name}: message has a tab or newline"
            return f"{path.name}\t{type(exc).__name__}\t{exc.lineno}\t{exc.msg}"
    raise AssertionError(f"{path.name} compiles under CPython; a diagnostics input must fail")


def main() -> int:
    files = sorted(p for p in HERE.glob("*.py") if p.name != Path(__file__).name)
    table = "".join(diagnose(p) + "\n" for p in files)
    if "--check" in sys.argv[1:]:
        if not TABLE.exists() or TABLE.read_text(encoding="utf-8") != table:
            print("cpython.txt is stale: run python3 tests/diagnostics/cpython.py")
            return 1
        print(f"cpython.txt is up to date ({len(files)} files)")
        return 0
    TABLE.write_text(table, encoding="utf-8")
    print(f"wrote {TABLE.name}: {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
