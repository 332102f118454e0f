# id() is stable for a live object and distinct for distinct live objects; `is` agrees with id.
a = [1]
b = [1]
c = a
print(id(a) == id(a), id(a) == id(c), id(a) != id(b), (a is c) == (id(a) == id(c)), type(id(a)).__name__)
print(id(None) == id(None), id(a) > 0 or id(a) < 0, len({id(x) for x in (a, b, c)}))
