# copy: instances with cycles, __slots__, __getstate__/__setstate__, the memo argument.
import copy


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __repr__(self):
        return f"Node({self.name}, {[n.name for n in self.links]})"


a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
a2 = copy.deepcopy(a)
b2 = a2.links[0]
print(a2, b2, b2.links[0] is a2, a2 is not a, b2 is not b)
a3 = copy.copy(a)
print(a3.links is a.links, a3.name)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


s = Slotted([1], 2)
s2 = copy.deepcopy(s)
s.x.append(3)
print(s2.x, s2.y, type(s2).__name__)


class Stateful:
    def __init__(self, v):
        self.v = v
        self.cache = {"big": v * 100}

    def __getstate__(self):
        print("getstate")
        return {"v": self.v}

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.v = state["v"]
        self.cache = {}


st = copy.deepcopy(Stateful(3))
print(st.v, st.cache)
memo = {}
lst = [1, 2]
first = copy.deepcopy([lst, lst], memo)
print(first, first[0] is first[1], id(lst) in memo, memo[id(lst)] == lst)
print(copy.deepcopy(lst, memo) is first[0])
print(copy.Error.__name__, issubclass(copy.Error, Exception))
