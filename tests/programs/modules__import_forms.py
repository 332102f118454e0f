# The forms of import with the native modules.
import math
import math as m
import sys, time
from math import sqrt, pi as PI
from math import *

print(m is math, sqrt(16), PI == math.pi, floor(2.5), ceil(2.5))
print(type(math).__name__, math.__name__, sys.__name__)
print(sys, time)
print("math" in sys.modules, sys.modules["math"] is math)


def inner():
    import random as r
    from math import factorial

    return r.__name__, factorial(5)


print(inner())
print("r" in globals())

for name in ["nosuchmodule", "math.nosub"]:
    try:
        if name == "nosuchmodule":
            import nosuchmodule
        else:
            import math.nosub
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, isinstance(e, ImportError))

try:
    from math import nosuchname
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)

import math as math2

print(math2 is math)
del math
import math

print(math is m)
