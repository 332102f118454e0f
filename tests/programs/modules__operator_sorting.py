# operator getters as sort keys and with map/filter; in-place operators on mutable values.
import operator
from operator import itemgetter, attrgetter, methodcaller

inventory = [("apple", 3, 0.5), ("pear", 0, 0.75), ("fig", 3, 1.25), ("kiwi", 12, 0.2)]
print(sorted(inventory, key=itemgetter(1, 0)))
print(sorted(inventory, key=itemgetter(2), reverse=True)[0], max(inventory, key=itemgetter(1)))
print(list(map(itemgetter(0), inventory)), list(filter(itemgetter(1), inventory)))
get_nums = itemgetter(1, 2)
print([get_nums(row) for row in inventory])


class Task:
    def __init__(self, name, prio, owner):
        self.name, self.prio, self.owner = name, prio, owner

    def describe(self, prefix=""):
        return f"{prefix}{self.name}:{self.prio}"


class Owner:
    def __init__(self, name):
        self.name = name


tasks = [Task("b", 2, Owner("zed")), Task("a", 2, Owner("amy")), Task("c", 1, Owner("bob"))]
print([t.name for t in sorted(tasks, key=attrgetter("prio", "name"))])
print([t.name for t in sorted(tasks, key=attrgetter("owner.name"))])
print(list(map(methodcaller("describe", prefix="> "), tasks)))
print(list(map(methodcaller("split", "-", 1), ["a-b-c", "d"])))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.neg, range(3))))
print(list(filter(operator.not_, [0, 1, "", "x", None])))
print(sorted(["bb", "a", "ccc"], key=len), sorted({"x": 3, "y": 1}.items(), key=itemgetter(1)))
acc = []
operator.iadd(acc, [1])
operator.iconcat(acc, (2,))
print(acc, operator.ior({1}, {2}), operator.iand({1, 2}, {2, 3}), operator.isub(10, 3), operator.itruediv(7, 2), operator.ifloordiv(7, 2),
      operator.imod(7, 3), operator.ipow(2, 5), operator.ilshift(1, 3), operator.irshift(64, 2),
      operator.ixor(6, 3))
print(operator.truth(0), operator.length_hint(range(7)), operator.index(True), operator.is_(acc, acc))
getters = [itemgetter(i) for i in range(3)]
print([g("xyz") for g in getters], itemgetter()("abc") if False else "skip")
try:
    itemgetter()
except TypeError as e:
    print("TypeError", e)
