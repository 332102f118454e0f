# An uncaught AttributeError where a case flip is the nearest name (dir() of a list).
items = [3, 1, 2]
try:
    items.nope
except AttributeError as e:
    print(e.name, e.obj is items, str(e))
items.Sort()
