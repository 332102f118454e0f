# getattr/setattr/hasattr/delattr, with defaults, on instances, classes and built-ins.
class Obj:
    cls_attr = "class"
    def method(self):
        return "m"
o = Obj()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "y", "default"), hasattr(o, "x"), hasattr(o, "y"), getattr(o, "cls_attr"), getattr(o, "method")())
delattr(o, "x")
print(hasattr(o, "x"), getattr(Obj, "cls_attr"), hasattr(Obj, "method"), getattr("abc", "upper")(), hasattr([], "append"))
setattr(Obj, "added", 42)
print(o.added, Obj.added)
name = "dyn" + "amic"
setattr(o, name, "ok")
print(o.dynamic, getattr(o, name))
for bad in [lambda: getattr(o, "missing"), lambda: delattr(o, "missing"), lambda: setattr(1, "x", 2), lambda: getattr(o, 5)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
