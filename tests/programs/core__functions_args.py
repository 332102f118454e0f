# Parameters: defaults, *args, keyword-only, positional-only, **kwargs, annotations.
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs) -> str:
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}"


print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, z=26))
print(f(1, c=33, d=4, e=55))
print(f.__annotations__)
try:
    f(a=1, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)


def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket


print(defaults_evaluated_once(1), defaults_evaluated_once(2), defaults_evaluated_once(3, []))


def keyword_only(*, name, greeting="hi"):
    return f"{greeting}, {name}"


print(keyword_only(name="ann"), keyword_only(greeting="yo", name="bob"))
try:
    keyword_only("positional")
except TypeError as e:
    print("TypeError:", e)


def varargs(*items, sep=", "):
    return sep.join(str(i) for i in items)


print(varargs(), varargs(1), varargs(1, 2, 3, sep="/"))


def recurse(n):
    return 1 if n <= 1 else n * recurse(n - 1)


print(recurse(20), recurse(1))
square = lambda x, power=2: x ** power
print(square(5), square(2, 10), (lambda *a, **k: (a, k))(1, x=2))


def doc():
    """Docstrings are the first statement."""
    return doc.__doc__


print(doc())


def counter_gen(n: int) -> "Iterator[int]":
    yield from range(n)


print(list(counter_gen(3)), counter_gen.__annotations__)
print(sorted(["b", "A", "c"], key=str.lower), max([], default="empty"))
try:
    recurse()
except TypeError as e:
    print("TypeError:", e)
