# set methods and operators (printed sorted: set order is not part of the contract).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {3} < b, b > {3, 4}, a.isdisjoint({9}))
print(sorted(a.union([7], (8,))), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset(a), a.issuperset({1}), len(a), 2 in a, 9 not in a, set() == set(), {1, 2} == {2, 1})
s = set()
s.add(1)
s.add(1)
s.update([2, 3], {4})
s.discard(9)
s.remove(4)
print(sorted(s), s.pop() in {1, 2, 3}, len(s))
s |= {10}
s &= {10, 2, 3}
s -= {3}
s ^= {2, 20}
print(sorted(s), sorted(set("hello")), sorted({x % 3 for x in range(10)}), set(), repr(set()))
c = s.copy()
c.clear()
print(c, s, {1, 1.0, True}, len({"a", "a"}))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
