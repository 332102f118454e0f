# with: one item, several items, with and without `as`, targets of any shape.
import contextlib
with contextlib.nullcontext():
    pass
with contextlib.nullcontext(1) as one:
    pass
with contextlib.nullcontext(), contextlib.nullcontext(2) as two:
    pass
with contextlib.nullcontext((1, 2)) as (a, b), contextlib.nullcontext([3]) as [c]:
    pass
class Holder: pass
h = Holder()
with contextlib.nullcontext(4) as h.attr, contextlib.nullcontext(5) as d:
    pass
with (contextlib.nullcontext(6)) as six:
    pass
print(one, two, a, b, c, h.attr, d, six)
