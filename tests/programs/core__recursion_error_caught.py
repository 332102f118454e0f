# Unbounded recursion raises RecursionError, which the program catches and recovers from.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 900)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError in repr:", type(e).__mro__[1].__name__)
