# sort/sorted are stable, with key and reverse; reverse keeps equal items in order.
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35), ("fay", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1])
print(people)
words = "Banana apple Cherry date Elder fig".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 2, -3, 1, -2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, reverse=True))
print(sorted([1.5, 1, True, 0.5, False]), sorted("hello"), sorted({3: 0, 1: 0}), sorted((2, 1)), sorted([]), [].sort())
data = [[2, "b"], [1, "z"], [2, "a"], [1, "a"]]
data.sort()
print(data)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
