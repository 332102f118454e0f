# The parenthesized form of several with-items (3.10+), with a trailing comma.
from contextlib import nullcontext as ctx
with (
    ctx(1) as a,
    ctx(2) as b,
):
    pass
with (ctx(3) as c, ctx(4)):
    pass
with (ctx(5), ctx(6) as d):
    pass
with (ctx(7) as e):
    pass
with (ctx(8)):
    pass
with (ctx(9), ctx(10)):
    pass
print(a, b, c, d, e)
