"""Integer loops: while and for over ranges, arithmetic and bitwise operators."""


def collatz_steps(limit):
    best = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n //= 2
            steps += 1
        if steps > best:
            best = steps
    return best


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


acc = 0
for i in range(300000):
    acc = (acc + i * i) % 1000003 ^ (i >> 3)
print("checksum", collatz_steps(30000), sieve(300000), acc)
