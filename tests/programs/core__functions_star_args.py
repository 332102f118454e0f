# *args and **kwargs collection and forwarding.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show(), show(1), show(1, 2, x=3), show(*range(3), **dict(a=1)))
def wrapper(*a, **k):
    return show("pre", *a, post=True, **k)
print(wrapper(1, z=2))
def mixed(a, b=0, *rest, key=None, **extra):
    return a, b, rest, key, sorted(extra.items())
print(mixed(1), mixed(1, 2, 3, 4, key="k", q=1, p=2))
print(max(*[3, 9, 2]), "{}-{}".format(*"ab"), dict(**{"x": 1}, y=2))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
