# min/max with key and default, several arguments; sum with start; errors on empty input.
print(max(3, 7, 5), min(3, 7, 5), max([1, 9, 4]), min("bca"), max("abc", "abd"), max([2, 1], [2, 0]))
print(max([], default="empty"), min([], default=None), max([5], default=0), min((), key=len, default=-1))
words = ["kiwi", "fig", "banana", "apple", "pear"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]), min(3, -4, 2, key=abs))
print(max([1, 3, 3.0]), max([3.0, 3]), min([(1, "b"), (1, "a")]), max(True, 2), max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()))
print(sum([]), sum([1.5, 2.5]), sum([1, 2], 10), sum([[1], [2, 3]], []), sum(range(101)), sum([0.1] * 10), sum(x for x in ()))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: sum(["a", "b"], ""), lambda: max(1, 2, default=0)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
