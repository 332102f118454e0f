# Packages: a folder with __init__.py next to the script, submodules, dotted imports.
import modules__pkg.sub.deep
print(modules__pkg.PKG, modules__pkg.mod1.V, modules__pkg.sub.deep.D)
import modules__pkg.sub.deep as d
print(d.D, d.__name__)
from modules__pkg.sub import deep
print(deep is d)
from modules__pkg import mod1, sub
print(mod1.V)
import sys
print(sorted(k for k in sys.modules if k.startswith("modules__pkg")))
try:
    import modules__pkg.nothere
except ImportError as e:
    print(type(e).__name__, e)
try:
    from modules__pkg import nothere
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import modules__pkg.mod2
from modules__pkg.sub import rel
print(modules__pkg.__package__, rel.__package__, modules__pkg.mod2.__package__)
