# weft-only: CPython 3.11 crashes (segmentation fault) on these; weft raises RecursionError.
# Native code that calls back into Python or walks nested values runs on the Rust stack; with
# the recursion limit raised past what the stack holds, weft still stops with RecursionError.
import sys

sys.setrecursionlimit(1_000_000)


class Loop:
    def __repr__(self):
        return repr(self)


try:
    repr(Loop())
except RecursionError as e:
    print("repr calling back into Python:", type(e).__name__)

a = b = []
for i in range(1_000_000):
    a, b = [a], [b]
try:
    print(a == b)
except RecursionError as e:
    print("comparing nested lists:", type(e).__name__)

t = ()
for i in range(1_000_000):
    t = (t,)
try:
    hash(t)
except RecursionError as e:
    print("hashing nested tuples:", type(e).__name__)
print("still running")
