# Ranges beyond 64 bits: items, slices, reversal, index/count, membership, equality, and len()'s
# OverflowError for a range longer than sys.maxsize.
big = range(10 ** 20)
r = range(2 ** 63 - 2, 2 ** 63 + 3)
print(r, list(r), r[1:3], r[::-2], list(reversed(r)), len(r), r.index(2 ** 63), r.count(5), 2 ** 63 + 1 in r, 5 in r, bool(range(2 ** 64, 0)))
print(big.start, big.stop, big.step, big[10 ** 19:][:3], big[::-1][:2], type(big).__name__, big.index(10 ** 19), list(big[-2:]))
print(range(-2 ** 70, 0, 2 ** 69), list(range(-2 ** 70, 0, 2 ** 69)), range(0, -2**65, -1)[5])
for bad in [lambda: len(big), lambda: big[10 ** 20], lambda: big.index(-1), lambda: big["x"], lambda: range(0, 2 ** 64, 0)]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(range(2**64) == range(2**64), range(2**64, 2**64) == range(0), range(2**64, 2**64+1, 5) == range(2**64, 2**64+1, 7), range(5) == range(2**64))
