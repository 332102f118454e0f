# The complete parameter syntax in one signature, and its variants.
def full(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> dict:
    return locals()
def pos_only(a, b, /): pass
def pos_only_defaults(a=1, /, b=2): pass
def star_kwonly(*, key): pass
def star_kwonly_default(*, key=None, other): pass
def varargs_only(*args): pass
def kwargs_only(**kwargs): pass
def everything_trailing_comma(
    a,
    /,
    b,
    *,
    c,
    **d,
): pass
def no_params(): pass
def slash_then_star(a, /, *, b): pass
print(full(0, d=4))
