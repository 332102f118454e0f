# Generators composed into pipelines: infinite sources, take-while by hand, zip with generators, reuse pitfalls.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(10, primes())), list(take(3, naturals())))
squares = (n * n for n in naturals())
print(next(squares), next(squares), list(take(3, squares)))
g = (c for c in "abc")
print(list(g), list(g), list(zip(naturals(), "xyz")))
def windows(seq, k):
    it = iter(seq)
    window = [next(it) for _ in range(k)]
    yield tuple(window)
    for v in it:
        window = window[1:] + [v]
        yield tuple(window)
print(list(windows(range(6), 3)), sum(1 for _ in windows("abcdef", 2)))
