# repr of self-referencing lists and dicts uses [...] and {...}; nested empty containers.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, [a]]
print(b)
print([[], [[]], {}, ()], [(), ((),)], {"a": {"b": {}}}, [set()], [frozenset()])
