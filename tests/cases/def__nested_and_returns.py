# Nested functions, recursion, returns of every shape, and docstrings.
def outer(n):
    """Outer docstring."""
    def helper(k):
        if k <= 1:
            return 1
        return k * helper(k - 1)
    def gen():
        yield n
        return
    def nothing():
        return None
    return helper(n), list(gen()), nothing()
def early(x):
    if x: return "early"
    return
def many(): return 1, 2
print(outer(5), early(1), early(0), many())
