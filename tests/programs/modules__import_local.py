# Importing a .py file next to the script: it runs once, in its own namespace.
import sys

print("before import")
import modules__helper_lib
import modules__helper_lib as again
import modules__helper_lib as lib

print("after import")
print(again is modules__helper_lib, lib is modules__helper_lib)
print(lib.__name__, lib.VERSION, lib._hidden)
print(lib.greet("a"), lib.greet("b"), lib.calls)
print(sys.modules["modules__helper_lib"] is lib)
print(__name__, sys.modules["__main__"].__name__)

from modules__helper_lib import greet, Counter as C, calls

print(greet("c"), calls, lib.calls)
c = C()
c.bump()
print(c, type(c).__name__, type(c).__module__, C.__qualname__)

from modules__helper_lib import *

print(VERSION, "Counter" in globals(), "_hidden" in globals(), "calls" in globals())

lib.VERSION = (9, 9)
import modules__helper_lib as third

print(third.VERSION)

try:
    lib.fail()
except ValueError as e:
    print("caught:", e)

try:
    from modules__helper_lib import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

try:
    lib.nothing
except AttributeError as e:
    print(e)

x = 1


def uses_global_here():
    return x


print(uses_global_here(), hasattr(lib, "x"))
if __name__ == "__main__":
    print("main block runs")
