# The traceback module's exact parts: walk_tb, extract_tb (FrameSummary, StackSummary, limits),
# format_exception_only (qualified names, empty messages, notes, failing __str__).
import traceback


def inner(x):
    return 10 // x


def middle(x):
    return inner(x)


class Custom(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


try:
    middle(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    err = e

print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary), isinstance(summary, list))
for fs in summary:
    print(fs.name, fs.lineno, repr(fs.line), fs.filename == __file__)
    filename, lineno, name, line = fs
    print(" ", name, lineno, line, fs[2], len(fs))
print(summary[-1] == (__file__, 7, "inner", "return 10 // x"))
print(repr(summary[0]).replace(__file__, "FILE"))
print([fs.name for fs in traceback.extract_tb(tb, limit=2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=-1)])
print([fs.name for fs in traceback.extract_tb(tb, limit=0)])
print(traceback.extract_tb(None))
again = traceback.StackSummary.from_list([("f.py", 3, "g", "x = 1"), summary[0]])
print([tuple(fs) for fs in again][0], again[1] is summary[0])

print(traceback.format_exception_only(err))
print(traceback.format_exception_only(ValueError, ValueError("v")))
print(traceback.format_exception_only(Custom()))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(BadStr()))
n = ValueError("with notes")
n.add_note("first")
n.add_note("two\nlines")
print(traceback.format_exception_only(n))
import asyncio
print(traceback.format_exception_only(asyncio.CancelledError()))
