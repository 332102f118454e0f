# ExceptionGroup without except*: construction, exceptions, subgroup/split, message and nesting.
eg = ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
print(eg, repr(eg.message), len(eg.exceptions), [repr(e) for e in eg.exceptions], isinstance(eg, Exception))
vals = eg.subgroup(lambda e: isinstance(e, ValueError))
print(vals, [str(e) for e in vals.exceptions])
match, rest = eg.split(TypeError)
print(match, [repr(e) for e in match.exceptions], rest, [repr(e) for e in rest.exceptions])
print(eg.subgroup(KeyError), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    raise eg
except ExceptionGroup as caught:
    print("caught", caught.message, len(caught.exceptions))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
