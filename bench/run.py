"""Time weft against CPython on the same inputs and print the ratio.

Usage:  cargo build --release && python3 bench/run.py [--weft PATH] [--runs N] [--only NAME]

Builds nothing: it takes an already built weft binary (default
target/release/weft). Each benchmark entry names a setup step that writes its
inputs into a temporary folder, the weft command and the python3 command; `{dir}`
in a command is replaced by that folder. Every command runs once to warm up,
then --runs times (default 7), weft's and python3's runs alternating; the table shows the median wall time, the
weft/CPython ratios of the median wall and CPU (user + system) times, the peak
resident memory and its ratio. On a shared, loaded machine the CPU ratio is the
steadier one.
Peak memory: a child's max RSS counts the memory it was forked with, and this
runner is about 16 MiB, more than weft needs. So when GNU time is installed
(/usr/bin/time) each command runs under it: it forks the command from its own
small process and reports the command's true max RSS. Without it the runner
falls back to os.wait4 and warns that RSS values below ~16 MiB are its own.
Setup steps run their work in child processes for the same reason.
A command that exits non-zero is reported as failed, with its stderr. For the
core-language programs (bench/core_*.py, each printing a checksum) weft's stdout
must also equal python3's, else the benchmark is reported as failed. The async
programs (bench/async_*.py, issue 4) work the same way. Each section (front end,
core language, async) gets its own table, and each section with checked programs
ends with the geometric mean of their weft/CPython time ratios. For the parked-tasks
benchmark a second run with no tasks gives the baseline, and the memory per
suspended task is (peak RSS - baseline RSS) / tasks.

Later issues add entries to BENCHMARKS; nothing else needs to change.
"""

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
USE_GNU_TIME = os.access("/usr/bin/time", os.X_OK)


def gen_frontend(folder: Path) -> None:
    """Writes big.py (~12k lines) with bench/gen_frontend.py and checks that CPython accepts it."""
    out = folder / "big.py"
    subprocess.run([PYTHON, str(ROOT / "bench" / "gen_frontend.py"), str(out)], check=True)
    # Checked in a child: a child's max RSS counts the memory it was forked with, so this
    # runner must stay small or it would inflate every measurement.
    check = "import sys; f = sys.argv[1]; compile(open(f).read(), f, 'exec')"
    subprocess.run([PYTHON, "-c", check, str(out)], check=True)


@dataclass
class Benchmark:
    name: str
    setup: Callable[[Path], None]
    weft: list[str]  # argv after the weft binary; "{dir}" is the setup folder
    python: list[str]  # argv after python3
    same_stdout: bool = False  # weft's stdout must equal python3's (checked on the warm-up run)
    section: str = "front end"  # benchmarks are tabled, and averaged, per section
    baseline: tuple[str, int] | None = None  # (name of the baseline benchmark, tasks): memory per task
    in_mean: bool = True  # a baseline run (mostly start-up) stays out of the geometric mean


BENCHMARKS = [
    Benchmark(
        name="front end: check 12k lines",
        setup=gen_frontend,
        weft=["--check", "{dir}/big.py"],
        python=["-c", "import sys; f = sys.argv[1]; compile(open(f).read(), f, 'exec')", "{dir}/big.py"],
    ),
]


def no_setup(folder: Path) -> None:
    """The core-language benchmarks are self-contained programs: nothing to write."""


def core(stem: str, what: str) -> Benchmark:
    """A bench/<stem>.py program run as-is by both; their stdout (a checksum) must agree."""
    program = str(ROOT / "bench" / f"{stem}.py")
    return Benchmark(name=f"{stem}: {what}", setup=no_setup, weft=[program], python=[program], same_stdout=True,
                     section="core language")


BENCHMARKS += [
    core("core_fib", "recursive calls"),
    core("core_loops", "integer loops"),
    core("core_floats", "float arithmetic (n-body)"),
    core("core_strings_dicts", "string building, dict counting"),
    core("core_sort_comprehensions", "sorting, comprehensions"),
    core("core_methods", "method calls on objects"),
    core("core_generators", "generators"),
    core("core_exceptions", "exceptions raised and caught"),
]



def async_program(stem: str, what: str, args: tuple[str, ...] = (), **extra) -> Benchmark:
    """A bench/<stem>.py asyncio program (real time, no --virtual-time), checked like core()."""
    argv = [str(ROOT / "bench" / f"{stem}.py"), *args]
    return Benchmark(name=f"{stem}: {what}", setup=no_setup, weft=argv, python=argv, same_stdout=True,
                     section="async", **extra)


PARKED_TASKS = 100_000
BENCHMARKS += [
    async_program("async_gather_spawn", "100k tasks through gather, twice"),
    async_program("async_switches", "1M switches, sleep(0) among 100 tasks"),
    async_program("async_queue_pipeline", "100k items through 2 Queues"),
    async_program("async_lock_contention", "Lock + Semaphore, 100 tasks"),
    async_program("async_timers", "200k tasks sleeping on timers"),
    async_program("async_park_event", "0 tasks (baseline)", ("0",), in_mean=False),
    async_program("async_park_event", "100k tasks parked on an Event", (str(PARKED_TASKS),),
                  baseline=("async_park_event: 0 tasks (baseline)", PARKED_TASKS)),
]


@dataclass
class Measurement:
    seconds: float | None  # median wall time; None when the command failed
    max_rss_kib: int
    cpu_seconds: float = 0.0  # median user + system CPU time: steadier than wall time on a loaded machine
    error: str = ""
    stdout: bytes = b""  # of the warm-up run


GNU_TIME = "/usr/bin/time"


def run_once(argv: list[str], keep_stdout: bool = False) -> tuple[float, int, int, str, bytes]:
    """Runs argv; returns (wall seconds, max RSS in KiB, exit status, stderr, stdout if kept, CPU seconds)."""
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out, \
            tempfile.NamedTemporaryFile(mode="r") as rss_file:
        wrapped = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + argv if USE_GNU_TIME else argv
        start = time.perf_counter()
        sink = out if keep_stdout else subprocess.DEVNULL
        proc = subprocess.Popen(wrapped, stdin=subprocess.DEVNULL, stdout=sink, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss
        if USE_GNU_TIME:
            # GNU time writes "Command exited with non-zero status N" before %M on failure.
            lines = rss_file.read().split()
            rss = int(lines[-1]) if lines and lines[-1].isdigit() else 0
        err.seek(0)
        out.seek(0)
        # wait4 on GNU time includes the CPU time of the command it waited for.
        cpu = usage.ru_utime + usage.ru_stime
        return elapsed, rss, code, err.read().decode(errors="replace"), out.read(), cpu


def measure(commands: list[list[str]], runs: int) -> list[Measurement]:
    """Each command warmed up once, then timed `runs` times with the commands' runs
    alternating (weft, python3, weft, ...), so that the machine's speed drifting during a
    benchmark (it does, by up to 1.5x here) slows both alike rather than one of them."""
    # Warm-up (page cache, dynamic loader); its stdout is kept for the output check.
    warm = [run_once(argv, keep_stdout=True) for argv in commands]
    results: list[Measurement | None] = [
        None if code == 0 else Measurement(None, 0, f"exit {code}: {stderr.strip()[:400]}")
        for _, _, code, stderr, _, _ in warm
    ]
    samples = [([], [], 0) for _ in commands]
    for _ in range(runs):
        for i, argv in enumerate(commands):
            if results[i] is not None:
                continue
            elapsed, rss, code, stderr, _, cpu = run_once(argv)
            if code != 0:
                results[i] = Measurement(None, rss, f"exit {code}: {stderr.strip()[:400]}")
                continue
            times, cpus, peak = samples[i]
            times.append(elapsed)
            cpus.append(cpu)
            samples[i] = (times, cpus, max(peak, rss))
    return [
        r if r is not None
        else Measurement(statistics.median(times), peak, statistics.median(cpus), stdout=w[4])
        for r, (times, cpus, peak), w in zip(results, samples, warm)
    ]


def fmt_time(m: Measurement) -> str:
    return "failed" if m.seconds is None else f"{m.seconds * 1000:.1f} ms"


def ratio(a: float | None, b: float | None) -> str:
    return "-" if not a or not b else f"{a / b:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description="weft vs CPython benchmarks")
    parser.add_argument("--weft", default=str(ROOT / "target" / "release" / "weft"), help="weft binary")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command (default 7)")
    parser.add_argument("--only", help="run only benchmarks whose name contains this text")
    args = parser.parse_args()
    weft = Path(args.weft)
    if not weft.is_file():
        print(f"no weft binary at {weft}: run `cargo build --release` first, or pass --weft PATH", file=sys.stderr)
        return 2

    # Per section: table rows, weft/py time ratios and CPU ratios of the checked programs.
    sections: dict[str, tuple[list, list, list]] = {}
    failures, per_task, peaks = [], [], {}
    for bench in BENCHMARKS:
        if args.only and args.only not in bench.name:
            continue
        with tempfile.TemporaryDirectory(prefix="weft-bench-") as tmp:
            bench.setup(Path(tmp))
            expand = lambda argv: [a.replace("{dir}", tmp) for a in argv]  # noqa: E731
            w, p = measure([[str(weft)] + expand(bench.weft), [PYTHON] + expand(bench.python)], args.runs)
        rows, time_ratios, cpu_ratios = sections.setdefault(bench.section, ([], [], []))
        peaks[bench.name] = (w.max_rss_kib, p.max_rss_kib)
        if bench.baseline and bench.baseline[0] in peaks:
            (wb, pb), tasks = peaks[bench.baseline[0]], bench.baseline[1]
            per_task.append((bench.name, (w.max_rss_kib - wb) * 1024 / tasks, (p.max_rss_kib - pb) * 1024 / tasks))
        rows.append((bench.name, fmt_time(w), fmt_time(p), ratio(w.seconds, p.seconds),
                     ratio(w.cpu_seconds, p.cpu_seconds),
                     f"{w.max_rss_kib / 1024:.1f} MiB", f"{p.max_rss_kib / 1024:.1f} MiB",
                     ratio(w.max_rss_kib, p.max_rss_kib)))
        failures += [f"{bench.name} ({who}): {m.error}" for who, m in (("weft", w), ("python3", p)) if m.error]
        if bench.same_stdout and not w.error and not p.error and w.stdout != p.stdout:
            failures.append(f"{bench.name}: weft printed {w.stdout[:200]!r}, python3 {p.stdout[:200]!r}")
        if bench.same_stdout and bench.in_mean and w.seconds and p.seconds:
            time_ratios.append(w.seconds / p.seconds)
            cpu_ratios.append(w.cpu_seconds / p.cpu_seconds)

    header = ("benchmark", "weft", "python3", "time weft/py", "cpu weft/py", "weft RSS", "python3 RSS", "RSS weft/py")
    all_rows = [r for rows, _, _ in sections.values() for r in rows]
    widths = [max(len(str(r[i])) for r in all_rows + [header]) for i in range(len(header))]
    how = "GNU time" if USE_GNU_TIME else "os.wait4 (no /usr/bin/time: RSS below ~16 MiB is the runner's own)"
    print(f"median of {args.runs} runs after one warm-up; python3 = {sys.version.split()[0]}; RSS from {how}")
    geomean = lambda rs: math.exp(sum(math.log(r) for r in rs) / len(rs))  # noqa: E731
    for section, (rows, time_ratios, cpu_ratios) in sections.items():
        print(f"\n{section}")
        for row in [header, tuple("-" * w for w in widths)] + rows:
            print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
        if time_ratios:
            print(f"geometric mean over the {len(time_ratios)} {section} program(s): "
                  f"time weft/py {geomean(time_ratios):.2f}, cpu weft/py {geomean(cpu_ratios):.2f}")
    for name, w_bytes, p_bytes in per_task:
        print(f"memory per suspended task ({name}): weft {w_bytes:.0f} B, python3 {p_bytes:.0f} B, "
              f"weft/py {ratio(w_bytes, p_bytes)}")
    for failure in failures:
        print("FAILED:", failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
