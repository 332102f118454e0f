# Lambdas: defaults, closures, immediately called, in sort keys, nested, with conditional expressions.
sq = lambda x: x * x
print(sq(7), (lambda: "called")(), (lambda *a, **k: (a, k))(1, b=2), (lambda x, y=2: x ** y)(3))
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(v) for v in (-2, 0, 5)], sq.__name__, (lambda: None)() is None)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(2), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), (lambda: (yield))  is not None)
