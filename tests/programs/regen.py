"""Regenerate the expected output of the golden programs from CPython.

Usage (from anywhere):  python3 tests/programs/regen.py [--check]

For every `X.py` in tests/programs/ and examples/ this runs `python3 X.py`
(cwd = the file's folder, no stdin, PYTHONHASHSEED=0) and writes, next to it:

  X.out     the program's stdout, always;
  X.err     the last line of its traceback (e.g. `ValueError: bad`), only when
            the program exits with an uncaught exception;
  X.status  its exit code followed by a newline, only when it is not 0.

Stale `.err`/`.status` files are removed.

Weft-only programs: a program whose first line starts with `# weft-only:` shows
behaviour CPython does not have (the deadlock report, where CPython waits
forever). The rest of that line says why. It is never run here: its `.out`
(and `.err`/`.status` if it fails) are written by hand, reviewed like code, and
kept as they are; the test suite checks them exactly as CPython's. Each program runs twice and the two
results must match, so non-deterministic output is caught here rather than in
weft's test suite. It also checks that every tests/cases/*.py (the valid inputs
for token and AST snapshots) compiles under CPython. With `--check`, nothing is written: the script exits 1 if any
expected file differs from what CPython produces now.

CPython is the oracle, so this refuses to run under anything but CPython 3.11+.
"""

import os
import platform
import subprocess
import sys
from pathlib import Path

if sys.version_info < (3, 11) or platform.python_implementation() != "CPython":
    sys.exit(f"regen.py needs CPython 3.11 or newer, not {platform.python_implementation()} {platform.python_version()}")

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = [ROOT / "tests" / "programs", ROOT / "examples"]
TIMEOUT_SECONDS = 30
WEFT_ONLY = "# weft-only:"


def weft_only(program: Path) -> bool:
    """Is this a program whose expected files are written by hand (see the docstring)?"""
    with program.open(encoding="utf-8") as f:
        return f.readline().startswith(WEFT_ONLY)


def run(program: Path) -> dict[str, str | None]:
    """Runs one program and returns the contents of its expected files (None = no file)."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    proc = subprocess.run(
        [sys.executable, program.name],
        cwd=program.parent,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
    )
    err = None
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        err = (lines[-1] if lines else "") + "\n"
    return {
        ".out": proc.stdout,
        ".err": err,
        ".status": f"{proc.returncode}\n" if proc.returncode != 0 else None,
    }


def cases_that_do_not_compile() -> list[str]:
    """Names of tests/cases/*.py files that CPython rejects (they must all be valid)."""
    bad = []
    for case in sorted((ROOT / "tests" / "cases").glob("*.py")):
        try:
            compile(case.read_text(encoding="utf-8"), str(case), "exec")
        except SyntaxError as exc:
            bad.append(f"{case.relative_to(ROOT)}: {type(exc).__name__}: {exc.msg} (line {exc.lineno})")
    return bad


def main() -> int:
    check_only = "--check" in sys.argv[1:]
    problems = 0
    for message in cases_that_do_not_compile():
        print(f"INVALID CASE: {message}")
        problems += 1
    for folder in FOLDERS:
        for program in sorted(folder.glob("*.py")):
            if program.name == Path(__file__).name or weft_only(program):
                continue
            first, second = run(program), run(program)
            if first != second:
                print(f"NOT DETERMINISTIC: {program.relative_to(ROOT)}")
                problems += 1
                continue
            for suffix, content in first.items():
                target = program.with_suffix(suffix)
                current = target.read_text() if target.exists() else None
                if current == content:
                    continue
                if check_only:
                    print(f"differs: {target.relative_to(ROOT)}")
                    problems += 1
                elif content is None:
                    target.unlink()
                else:
                    target.write_text(content)
                    print(f"wrote {target.relative_to(ROOT)}")
    print(f"{'checked' if check_only else 'regenerated'}; {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
