# The in-place set updates: intersection_update, difference_update, symmetric_difference_update
# (any iterables, several arguments), and that frozenset has none of them.
s = {1, 2, 3, 4}
s.intersection_update([2, 3, 9], {3, 2, 4})
print(sorted(s))
s.difference_update({3}, [99])
print(sorted(s))
s.symmetric_difference_update([2, 7])
print(sorted(s))
t = {1, 2}
print(t.intersection_update(), sorted(t), t.difference_update("ab"), sorted(t))
try:
    frozenset().difference_update()
except AttributeError as e:
    print("AttributeError:", e)
try:
    {1}.intersection_update(5)
except TypeError as e:
    print("TypeError:", e)
