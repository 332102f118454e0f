# Lambdas with every parameter form, as values, defaults, and in calls.
identity = lambda x: x
constant = lambda: 42
full = lambda a, b=1, /, c=2, *args, d, e=3, **kw: (a, b, c, args, d, e, kw)
kwonly = lambda *, key: key
star = lambda *args, **kwargs: (args, kwargs)
nested = lambda x: lambda y: x + y
cond = lambda n: "even" if n % 2 == 0 else "odd"
posonly = lambda a, /: a
print(identity(1), constant(), full(0, d=4), kwonly(key="k"), star(1, k=2))
print(nested(1)(2), cond(3), posonly(5), sorted([3, 1], key=lambda v: -v))
print((lambda: (yield))().__class__.__name__, (lambda x=lambda: 0: x())())
