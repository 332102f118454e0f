# del on names, list items and slices, dict keys and attributes, and the errors it raises.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = list(range(6))
del lst[0], lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
a, b = 1, 2
del a, b
for bad in ["del d['zz']", "del lst[10]", "del c.attr", "del undefined_name"]:
    try:
        exec(bad)
    except (KeyError, IndexError, AttributeError, NameError) as e:
        print(type(e).__name__ + ":", e)
