# itertools: what each tool consumes from a shared iterator, laziness, and argument errors.
from itertools import (islice, groupby, tee, chain, count, zip_longest, takewhile, dropwhile,
                       accumulate, product, permutations, combinations, cycle, repeat, compress,
                       pairwise, starmap, filterfalse, combinations_with_replacement)

it = iter(range(20))
print(list(islice(it, 3)), next(it))
print(list(islice(it, 2, 6, 2)), next(it))
print(list(islice(it, 1, None, 3))[:3])
print(list(islice('abcdefg', None)), list(islice('abcdefg', 2, None)))
print(list(islice([], 5)), list(islice('abc', 5, 2)))

# groupby: the groups share the iterator; moving on empties the previous group.
groups = groupby('aaabbbcc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
for key, grp in groupby(data, key=lambda p: p[0]):
    print(key, [v for _, v in grp])
print([k for k, _ in groupby([])], [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])

# takewhile consumes the first failing item.
it = iter([1, 2, 5, 1, 2])
print(list(takewhile(lambda x: x < 3, it)), list(it))
print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1, 2])))

# tee: independent iterators over one source.
a, b, c = tee(iter('xyz'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0))

# chain is lazy: a bad argument fails only when reached.
ch = chain([1], 5)
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError", e)

print(list(zip(count(), 'ab')), list(zip(count(10, -2.5), range(3))))
print(list(zip_longest()), list(zip_longest([1, 2], fillvalue=0)))
print(list(zip_longest('a', 'bcd', 'ef')))
print(list(accumulate([])), list(accumulate([], initial=5)), list(accumulate('abc')))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(product()), list(product([])), list(product('ab', repeat=0)))
print(len(list(permutations(range(5)))), list(permutations([1, 2, 3], 4)), list(permutations([])))
print(list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations_with_replacement([], 2)))
print(list(islice(cycle([]), 3)), list(islice(cycle([1, 2]), 5)))
print(list(repeat(7, -1)), list(repeat(7, 0)), list(map(pow, range(4), repeat(2))))
print(list(compress(range(10), cycle([1, 0, 0]))))
print(list(pairwise([])), list(pairwise([1])), list(pairwise(range(4))))
print(list(starmap(lambda a, b: a * b, zip([1, 2], [3, 4]))))
print(list(filterfalse(lambda x: x % 3, range(10))))

for bad in [lambda: islice('abc', -1), lambda: islice('abc', 1, -2),
            lambda: islice('abc', 0, 2, 0), lambda: islice('abc', 'x'),
            lambda: permutations('abc', -1), lambda: combinations('abc', -2),
            lambda: product('a', repeat=-1), lambda: tee('abc', -1),
            lambda: count('a'), lambda: cycle(5), lambda: groupby(3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
