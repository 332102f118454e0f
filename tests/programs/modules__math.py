# math: every function over awkward values, errors included, as CPython prints them.
import math
vals = [0, 1, -1, 0.5, 2, 3.7, -2.5, 1e300, 1e-300, 10**400, float('inf'), float('-inf'), float('nan'), 7, 100, True]
for name in ["sqrt", "exp", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "log1p", "degrees", "radians", "floor", "ceil", "trunc", "log", "log2", "log10", "isfinite", "isnan", "isinf"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
pairs = [(2, 10), (2, 0.5), (0, -1), (-8, 1/3), (10, 400), (float('inf'), 2), (2, float('inf')), (0.5, float('-inf')), (float('nan'), 0), (1, float('nan')), (-2, 3), (5, 3), (1e10, 1e-10)]
for name in ["pow", "atan2", "copysign", "fmod", "log", "isclose"]:
    f = getattr(math, name)
    out = []
    for a, b in pairs:
        try:
            out.append(repr(f(a, b)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.gcd(12, 18), math.gcd(), math.gcd(0, 0), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(), math.lcm(0, 3))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.comb(10, 3), math.comb(3, 10), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(2, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2], start=2), math.prod(range(1, 25)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2.5, float('inf')]))
print(math.isqrt(99), math.isqrt(10**40), math.modf(3.5), math.modf(-2.25), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
for bad in [lambda: math.sqrt('x'), lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.comb(-1, 2), lambda: math.log(0), lambda: math.log(2, 1), lambda: math.fsum([float('inf'), float('-inf')]), lambda: math.isqrt(-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
