"""Generate a large, realistic Python file for front-end benchmarks.

Usage:  python3 bench/gen_frontend.py OUT.py [--lines N] [--seed S]

Writes about N lines (default 12000) of varied, valid Python 3.11 to OUT.py:
classes with properties and dunders, async defs with await/async for/async with,
comprehensions, f-strings with format specs, try/except/finally, match
statements, decorators, long arithmetic and boolean expressions, docstrings and
comments. The output depends only on the seed (default 2024), so every run of
the benchmark reads the same bytes. Only syntax weft supports is used (no
complex literals, no named Unicode escapes). The generated file compiles under
CPython; it is not meant to be run.
"""

import argparse
import random

WORDS = (
    "user order item price total count cache queue task event lock worker client server request "
    "response buffer record entry score level limit offset index value result status token batch"
).split()


class Gen:
    """Builds one module from randomly chosen, deterministic templates."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.counter = 0

    def name(self) -> str:
        self.counter += 1
        return f"{self.rng.choice(WORDS)}_{self.rng.choice(WORDS)}_{self.counter}"

    def num(self) -> str:
        r = self.rng.random()
        if r < 0.6:
            return str(self.rng.randint(0, 1000))
        if r < 0.8:
            return f"{self.rng.uniform(0, 100):.3f}"
        if r < 0.9:
            return hex(self.rng.randint(0, 1 << 32))
        return f"{self.rng.randint(1, 999)}_{self.rng.randint(100, 999)}"

    def expr(self, names: list[str], depth: int = 0) -> str:
        """A random arithmetic/boolean expression over `names`."""
        if depth > 3 or self.rng.random() < 0.3:
            return self.rng.choice(names) if self.rng.random() < 0.6 else self.num()
        op = self.rng.choice(["+", "-", "*", "//", "%", "<<", "&", "|", "^", "**"])
        left, right = self.expr(names, depth + 1), self.expr(names, depth + 1)
        if op == "**":
            right = str(self.rng.randint(1, 3))
        if op in ("<<",):
            right = str(self.rng.randint(1, 8))
        text = f"{left} {op} {right}"
        return f"({text})" if self.rng.random() < 0.5 else text

    def cond(self, names: list[str]) -> str:
        a, b = self.rng.choice(names), self.num()
        form = self.rng.randrange(5)
        if form == 0:
            return f"{a} > {b} and not {self.rng.choice(names)}"
        if form == 1:
            return f"0 <= {a} < {b} or {a} is None"
        if form == 2:
            return f"{a} in ({b}, {self.num()}, {self.num()})"
        if form == 3:
            return f"isinstance({a}, (int, float)) and {a} != {b}"
        return f"{a} is not None and {self.expr(names)} >= {b}"

    # --- templates: each returns a list of lines at column 0 -------------------------------

    def function(self) -> list[str]:
        fn, params = self.name(), [self.name() for _ in range(self.rng.randint(1, 4))]
        sig = ", ".join(params[:-1] + [f"{params[-1]}={self.num()}"])
        acc = self.name()
        lines = [f"def {fn}({sig}):", f'    """Compute {fn.replace("_", " ")} from its inputs."""', f"    {acc} = 0"]
        for _ in range(self.rng.randint(2, 6)):
            lines += [f"    if {self.cond(params)}:", f"        {acc} += {self.expr(params + [acc])}"]
            if self.rng.random() < 0.5:
                lines += ["    else:", f"        {acc} -= {self.expr(params)}"]
        lines += [f"    for i in range({self.num()} % 17):", f"        {acc} = ({acc} * 31 + i) % 1_000_003"]
        lines.append(f"    return {acc}")
        return lines

    def klass(self) -> list[str]:
        cls = "".join(w.title() for w in self.name().split("_"))
        fields = [self.name() for _ in range(self.rng.randint(2, 5))]
        base = self.rng.choice(["", "(object)", "(Exception)", "(dict)"])
        lines = [f"class {cls}{base}:", f'    """A {cls} holding {", ".join(fields)}."""', ""]
        lines.append(f"    kind: str = {self.rng.choice(WORDS)!r}")
        lines.append(f"    def __init__(self, {', '.join(f'{f}=None' for f in fields)}):")
        lines += [f"        self.{f} = {f}" for f in fields]
        lines += ["", "    def __repr__(self):"]
        inner = ", ".join(f"{f}={{self.{f}!r}}" for f in fields)
        lines.append(f'        return f"{cls}({inner})"')
        lines += ["", "    def __eq__(self, other):", f"        return isinstance(other, {cls}) and ("]
        lines.append("            " + " and ".join(f"self.{f} == other.{f}" for f in fields))
        lines.append("        )")
        lines += ["", "    @property", f"    def {fields[0]}_text(self):", f'        return f"{{self.{fields[0]}:>12}}"']
        lines += ["", "    @classmethod", "    def empty(cls):", "        return cls()"]
        return lines

    def async_function(self) -> list[str]:
        fn, items = self.name(), self.name()
        lines = [f"async def {fn}({items}, limit={self.rng.randint(1, 9)}):"]
        lines += ["    semaphore = asyncio.Semaphore(limit)", "    results = []"]
        lines += ["", "    async def one(entry):", "        async with semaphore:"]
        lines += [f"            await asyncio.sleep({self.rng.choice(['0', '0.01', '0.001'])})"]
        lines += [f"            return entry * {self.num()}"]
        lines += ["", f"    async for chunk in stream({items}):", "        results.append(await one(chunk))"]
        lines += [f"    gathered = await asyncio.gather(*(one(x) for x in {items}), return_exceptions=True)"]
        lines += ["    try:", f"        async with asyncio.timeout({self.rng.randint(1, 5)}):"]
        lines += ["            async with asyncio.TaskGroup() as tg:"]
        lines += ["                tasks = [tg.create_task(one(x)) for x in results[:limit]]"]
        lines += ["    except* ValueError as group:", "        print(len(group.exceptions))"]
        lines += ["    except* TimeoutError:", "        tasks = []"]
        lines += [f"    return [r async for r in stream(results) if r] + gathered + [t.result() for t in tasks]"]
        return lines

    def comprehensions(self) -> list[str]:
        a, b, c = self.name(), self.name(), self.name()
        return [
            f"{a} = [x * {self.num()} for x in range({self.rng.randint(5, 50)}) if x % {self.rng.randint(2, 7)}]",
            f"{b} = {{k: v for k, v in zip({a}, reversed({a})) if k != v}}",
            f"{c} = {{(i, j) for i in range({self.rng.randint(2, 9)}) for j in range(i) if (i + j) % 2}}",
            f"{a}_total = sum(v * v for v in {b}.values())",
            f"{a}_nested = [[row * col for col in range(4)] for row in range({self.rng.randint(2, 6)})]",
            f"{a}_pairs = sorted({c}, key=lambda p: (p[1], -p[0]))[:{self.rng.randint(1, 9)}]",
        ]

    def fstrings(self) -> list[str]:
        v, w = self.name(), self.name()
        return [
            f"def {v}(name, amount, ratio=0.{self.rng.randint(1, 99)}):",
            f'    header = f"{{name!r:<20}} | {{amount:>10,}} | {{ratio:.2%}}"',
            f'    detail = f"{{name=}} {{amount * ratio:{{10}}.{{3}}f}} {{\'ok\' if amount else \'empty\'}}"',
            f'    extra = f"{{[x for x in range(3)]}} {{ {{\'k\': amount}}[\'k\']:08d}} {{{w!r}}}"'.replace(
                f"{{{w!r}}}", "{{braces}}"
            ),
            "    return header + '\\n' + detail + extra",
        ]

    def exceptions(self) -> list[str]:
        fn, data = self.name(), self.name()
        return [
            f"def {fn}({data}):",
            "    try:",
            f"        value = int({data}[{self.rng.randint(0, 5)}])",
            "    except (IndexError, KeyError) as exc:",
            f'        raise LookupError(f"missing item in {{{data}!r}}") from exc',
            "    except ValueError:",
            "        value = -1",
            "    else:",
            f"        value = value * {self.num()} + {self.num()}",
            "    finally:",
            f"        {data} = None",
            "    return value",
        ]

    def match_statement(self) -> list[str]:
        fn = self.name()
        return [
            f"def {fn}(command):",
            "    match command:",
            '        case {"action": "move", "to": [x, y]}:',
            f"            return x * {self.num()} + y",
            '        case ["go", ("north" | "south") as direction]:',
            "            return direction",
            f"        case [first, *rest] if len(rest) > {self.rng.randint(1, 5)}:",
            "            return first",
            "        case Point(x=0, y=yy):",
            "            return yy",
            f"        case {self.rng.randint(0, 99)} | {self.rng.randint(100, 199)} | None:",
            "            return 0",
            "        case str() as text:",
            "            return len(text)",
            "        case _:",
            "            return None",
        ]

    def decorated(self) -> list[str]:
        fn = self.name()
        return [
            "@functools.lru_cache(maxsize=128)",
            f"@trace(level={self.rng.randint(0, 3)}, tag={self.rng.choice(WORDS)!r})",
            f"def {fn}(n: int, /, *, scale: float = 1.0) -> float:",
            f"    return n if n < 2 else scale * ({fn}(n - 1, scale=scale) + {fn}(n - 2, scale=scale))",
        ]

    def long_expression(self) -> list[str]:
        names = [self.name() for _ in range(4)]
        lines = [f"{n} = {self.num()}" for n in names]
        lines += [f"{self.name()} = (", f"    {self.expr(names)}"]
        for _ in range(self.rng.randint(3, 12)):
            lines.append(f"    {self.rng.choice(['+', '-', '*', '|', '^'])} {self.expr(names)}")
        lines.append(")")
        lines.append(f"{self.name()} = {names[0]} if {self.cond(names)} else {names[1]} or {names[2]}")
        return lines

    def generator(self) -> list[str]:
        fn = self.name()
        return [
            f"def {fn}(source):",
            "    total = 0",
            "    for item in source:",
            "        received = yield item * 2",
            "        if received is not None:",
            "            total += received",
            "    yield from range(total % 5)",
            "    return total",
        ]

    def header(self) -> list[str]:
        return [
            '"""Generated benchmark module: realistic, varied Python for front-end timing."""',
            "import asyncio",
            "import functools",
            "from dataclasses import dataclass, field",
            "",
            "",
            "def trace(level=0, tag=''):",
            "    def wrap(fn):",
            "        return fn",
            "    return wrap",
            "",
            "",
            "class Point:",
            '    __match_args__ = ("x", "y")',
            "",
            "    def __init__(self, x=0, y=0):",
            "        self.x, self.y = x, y",
            "",
            "",
            "async def stream(items):",
            "    for item in items:",
            "        await asyncio.sleep(0)",
            "        yield item",
        ]

    def module(self, target_lines: int) -> str:
        templates = [
            (self.function, 4), (self.klass, 3), (self.async_function, 3), (self.comprehensions, 2),
            (self.fstrings, 2), (self.exceptions, 2), (self.match_statement, 2), (self.decorated, 1),
            (self.long_expression, 2), (self.generator, 1),
        ]
        choices = [t for t, weight in templates for _ in range(weight)]
        lines = self.header()
        while len(lines) < target_lines:
            block = self.rng.choice(choices)()
            if self.rng.random() < 0.3:
                lines += ["", f"# --- section {self.counter}: {self.rng.choice(WORDS)} handling ---"]
            lines += ["", ""] + block
        return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="path of the .py file to write")
    parser.add_argument("--lines", type=int, default=12000, help="approximate number of lines (default 12000)")
    parser.add_argument("--seed", type=int, default=2024, help="random seed (default 2024)")
    args = parser.parse_args()
    source = Gen(args.seed).module(args.lines)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(source)


if __name__ == "__main__":
    main()
