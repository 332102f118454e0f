# split and subgroup: by type, tuple of types and predicate; nesting is kept, empty parts
# are None, a group matching as a whole comes back itself, metadata is copied to parts.
def show(g, indent=""):
    if g is None:
        return "None"
    if isinstance(g, BaseExceptionGroup):
        return f"{type(g).__name__}({g.message!r}, [" + ", ".join(show(e) for e in g.exceptions) + "])"
    return repr(g)


leaf_v1, leaf_t, leaf_v2, leaf_k = ValueError(1), TypeError(2), ValueError(3), KeyError(4)
inner = ExceptionGroup("inner", [leaf_t, leaf_v2])
eg = ExceptionGroup("outer", [leaf_v1, inner, leaf_k])

m, r = eg.split(ValueError)
print("split ValueError:", show(m), "|", show(r))
print("leaves are the same objects:", m.exceptions[0] is leaf_v1, m.exceptions[1].exceptions[0] is leaf_v2)
m, r = eg.split((TypeError, KeyError))
print("split (TypeError, KeyError):", show(m), "|", show(r))
print("subgroup LookupError:", show(eg.subgroup(LookupError)))
print("subgroup OSError:", eg.subgroup(OSError))
print("whole group matches itself:", eg.subgroup(Exception) is eg, eg.split(ExceptionGroup)[0] is eg)
print("nothing left:", eg.split(Exception)[1])

seen = []


def pred(e):
    seen.append(type(e).__name__ + ("" if not isinstance(e, BaseExceptionGroup) else ":" + e.message))
    return isinstance(e, ValueError) and e.args[0] > 1


print("predicate:", show(eg.subgroup(pred)))
print("predicate saw:", seen)
part = eg.subgroup(lambda e: isinstance(e, BaseExceptionGroup) and e.message == "inner")
print("lambda on groups:", show(part), part.exceptions[0] is inner)

for bad in (5, len, (ValueError, 3), "ValueError"):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    raise ValueError("cause")
except ValueError as c:
    try:
        raise ExceptionGroup("with metadata", [OSError("a"), KeyError("b")]) from c
    except ExceptionGroup as g:
        g.add_note("a note")
        m, r = g.split(OSError)
        print(m.__cause__ is c, r.__cause__ is c, m.__context__ is c, m.__suppress_context__)
        print(m.__notes__, r.__notes__, m.__notes__ is g.__notes__)
        m.__notes__.append("only on the match")
        print(g.__notes__, m.__notes__)

b = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("v")])
m, r = b.split(ValueError)
print(type(m).__name__, type(r).__name__, show(r))
print(type(b.derive([ValueError()])).__name__, type(b.derive([SystemExit()])).__name__, b.derive([ValueError()]).message)
