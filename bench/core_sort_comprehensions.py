"""List sorting and comprehensions: sort with keys, list/dict/set comprehensions."""


def rand_list(n, seed):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % 100000)
    return out


total = 0
for round_ in range(4):
    data = rand_list(40000, round_ + 1)
    squares = [x * x % 9973 for x in data if x % 3]
    pairs = [(x % 100, x) for x in data]
    pairs.sort()
    by_key = sorted(data, key=lambda x: (x % 97, -x))
    rev = sorted(squares, reverse=True)
    buckets = {k: v for k, v in pairs}
    uniq = {x % 1000 for x in data}
    nested = [[i * j for j in range(20)] for i in range(200)]
    total += pairs[0][1] + by_key[0] + rev[0] + len(buckets) + len(uniq) + sum(nested[-1])
    total += sum(x for x in squares[:1000])
print("checksum", total)
