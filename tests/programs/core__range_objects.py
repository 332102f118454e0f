# range: len, indexing, slicing, membership, index/count, equality, reversal, big bounds, errors.
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::2], 7 in r, 8 in r, r.index(11), r.count(15), list(r[1:3]))
print(range(0) == range(5, 2), range(0, 3) == range(3), range(1, 10, 3) == range(1, 9, 3), len(range(10, 0, -3)), list(range(10, 0, -3)))
big = range(10 ** 20)
print(10 ** 19 in big, big[-1], big[10 ** 19], reversed(range(3)).__next__(), sum(range(1, 101)))
print(list(reversed(range(-5, 5, 3))), range(5)[-2], bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(0, 3)))
for bad in [lambda: range(1, 2, 0), lambda: range(3)[5], lambda: range(3).index(7), lambda: range(1.5)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
