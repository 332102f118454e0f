# operator: itemgetter, attrgetter, methodcaller, and the operator functions.
import operator
from operator import itemgetter, attrgetter, methodcaller


class P:
    def __init__(self, name, age, city):
        self.name, self.age = name, age
        self.home = City(city)

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


class City:
    def __init__(self, name):
        self.name = name


rows = [("bob", 30, "x"), ("amy", 25, "y"), ("cid", 30, "a")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)("hello"), itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(itemgetter('a', 'b')({'a': 1, 'b': 2}))
print(repr(itemgetter(1)), repr(itemgetter(0, 'k')))

people = [P("ann", 41, "oslo"), P("ben", 29, "rome")]
print([attrgetter("name")(p) for p in people], attrgetter("home.name", "age")(people[0]))
print(sorted(people, key=attrgetter("age"))[0].name, repr(attrgetter("a.b", "c")))
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[1]))
print(methodcaller("upper")("abc"), repr(methodcaller("greet", "hi", punct=".")))

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5),
      operator.pos(-5), operator.abs(-3), operator.invert(5), operator.lshift(1, 4),
      operator.rshift(256, 3), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2),
      operator.gt("b", "a"), operator.ge(1, 2), operator.not_([]), operator.truth([0]),
      operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.concat([1], [2]),
      operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
d = {}
operator.setitem(d, "k", 1)
operator.setitem(d, "j", 2)
operator.delitem(d, "k")
print(d, operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 5) >= 0)
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iadd(1, 2), operator.imul("a", 3))
from functools import reduce
print(reduce(operator.mul, range(1, 7)), list(map(operator.add, [1, 2], [10, 20])))
print(operator.__add__ is operator.add, operator.__not__ is operator.not_)
for bad in [lambda: operator.concat(1, 2), lambda: attrgetter(1), lambda: methodcaller(2),
            lambda: operator.indexOf([1], 5), lambda: itemgetter(5)([1]),
            lambda: attrgetter("nope")(people[0]), lambda: operator.index(1.5)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
