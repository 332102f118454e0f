# Corners of the grammar, compared node for node with CPython by `cpython.rs`.
(x): int = 1
x.y: int
a[1]: str = "s"
with (a, b) as c, d: pass
with (a): pass
with ((a, b)): pass
with (a, b,): pass
with (yield_(x)) as y: pass
with (open(f) as g, h): pass
x = -1 ** 2
y = not a == b < c
z = a if b else lambda q=1, *r, s, **t: q
w = [*a, *b], {**c, 'd': 1}, {*e}
v = f(*a, b, *c, d=1, **e, f=2)
u = a[1:2, ::3, ...], a[::], a[:], a[x:=1], a[*b]
del a, (b), [c]
for *a, b in c, *d: pass
print(f"{x=!r:>{w}} {y!a} {{z}} {'a' 'b'} {3.14:.2f} {a['k']} {b:{c}{d}}")
s = 'a' 'b' f'c{d}e' 'f'
b = b'a' b"b"
i = 0x_ff + 0o17 + 0b1 + 1_000 + 1e3 + 1.5j + .5 + 5.
async def g():
    await x ** 2
    return [x async for x in y if await x], {k: v async for k, v in z}
    async with a as b, c: pass
    async for i in j: pass
match p:
    case -1-2j | 1+2j | b'x' | "s" "t" | None | True | a.b.c: pass
    case (1, 2) | [3, *_] | (4,) | () | []: pass
    case {1: _, "k": [a, *b], **rest} | C(1, 2, x=3) | D(): pass
    case (x) if x: pass
    case *a, b: pass
    case _: pass
try:
    pass
except* (A, B) as e:
    pass
global a, b
lambda: (yield)
x = yield
def f(a, /): pass
def f(*, a=1, b): pass
def f(a, b=1, /, c=2): pass
class C(A, B, metaclass=M, **kw): pass
@property
@a.b(c)[d]
def f(): pass
x = y = z = 1
x += 1
import a.b.c as d, e
from ..a import (b, c as d,)
from . import x
from ... import y
from .... import z
assert x, "m"
raise E from None
if a: pass
elif b: pass
else: pass
while x: break
else: continue
nonlocal_ = 1
print(*a, sep='')
x = (1,)
x = 1,
x = ()
x = (yield from y)
x = [i for i in range(3) for j in range(i) if i if j]
x = (i for i in y)
f(i for i in y)
x = a < b > c == d != e <= f >= g in h not in i is j is not k
x = ~a + -b * +c @ d // e % f / g ** -h
x = a | b ^ c & d << e >> f
x = a or b and not c or d
x = {}; x = {1}; x = {1: 2}
x = ...
x = None, True, False
x = 'a' "b" '''c''' """d"""
x = r'\n' f'{x!s:{y}}'
x = rb'\n' Rb"\x"
