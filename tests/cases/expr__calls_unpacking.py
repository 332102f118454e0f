# Call arguments: positional, keyword, *args, **kwargs, mixed orders, trailing commas.
def f(*args, **kwargs):
    return args, kwargs
xs, kw = [1, 2], {"k": 3}
print(f())
print(f(1, 2, x=3))
print(f(*xs))
print(f(**kw))
print(f(0, *xs, 5, *xs, key=1, **kw, other=2))
print(f(*xs, k2=1, *xs))
print(f(**kw, **{"z": 1}, last=2))
print(f(a=1, *xs))
print(f(
    1,
    2,
))
print(f(*[], **{}), f(*"ab", x=f(1)))
print(f(*xs, **kw), f(x=(yield_ := 1)))
