# Live namespaces: instance __dict__ is the attribute store, class __dict__ a read-only
# mappingproxy view, module __dict__ / globals() the module namespace; locals() in a function
# is a snapshot; eval/exec with explicit namespaces; code objects and closure cells.
class C:
    """doc"""
    k = 1
    def m(self):
        return 2
c = C()
d = c.__dict__
d["x"] = 5
c.y = 6
print(c.x, d, d is c.__dict__, vars(c) is d, type(d).__name__)
del c.x
print(d, hasattr(c, "x"))
c.__dict__.clear()
print(vars(c))
p = C.__dict__
print(type(p).__name__, p["k"], "m" in p, p.get("nope", 0), sorted(k for k in p if not k.startswith("__")))
C.new_attr = 3
print("new_attr" in p, len(p) == len(C.__dict__), isinstance(p, dict), type(p.copy()).__name__)
try:
    p["k"] = 2
except TypeError as e:
    print("TypeError:", e)
import sys
mod = sys.modules[__name__]
print(mod.__dict__ is globals(), globals()["C"] is C)
globals()["made_here"] = 11
print(made_here)

def snapshot(a, b=2):
    c = a + b
    def inner():
        return c
    loc = locals()
    loc["a"] = 100
    return a, sorted(loc), inner
print(snapshot(1)[:2])

g = {"n": 3}
exec("def sq():\n    return n * n\nres = sq()", g)
print(g["res"], g["sq"].__globals__ is g, "__builtins__" in g)
print(eval("n + 1", g), eval("n + m", g, {"m": 10}), eval("\t 7"))
loc = {}
exec("a = 1\nb = a + 1", None, loc)
print(loc)
def run_in_function():
    x = 5
    return eval("x * 2"), exec("y = 1")
print(run_in_function())
for bad in ("1 +", "def f(:", "x = = 1"):
    try:
        exec(bad)
    except SyntaxError as e:
        print("SyntaxError", e.lineno, e.filename, type(e.msg).__name__)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("x = 1", [])
except TypeError as e:
    print("TypeError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)

def outer(z):
    w = z * 2
    def f(q, *, r=3):
        return q + z + w + r
    return f
f = outer(1)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_freevars, co.co_filename == __file__)
print(co.co_firstlineno, f.__kwdefaults__, f.__defaults__, [cell.cell_contents for cell in f.__closure__])
print(outer.__closure__, outer.__code__.co_cellvars, type(f.__closure__[0]).__name__)

class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
print(hasattr(s, "__dict__"), "a" in dir(s), "__dict__" in dir(C()), "__weakref__" in dir(C))
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)
try:
    object().attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(n for n in dir(C) if not n.startswith("__")), dir(c) == sorted(dir(c)), "__init__" in dir(5))
def scope_dir():
    alpha, beta = 1, 2
    return dir()
print(scope_dir())
