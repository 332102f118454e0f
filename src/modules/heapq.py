# The Python half of heapq (the sift primitives are native, see heapq.rs).
#
# nlargest, nsmallest and merge follow CPython's algorithms step for step: the same
# decorated tuples (value, insertion order) and the same heap calls, so ties come out in
# the same order and the same comparisons are made.


def merge(*iterables, key=None, reverse=False):
    if reverse:
        return _merge(iterables, key, _heapify_max, _heappop_max, _heapreplace_max, -1)
    return _merge(iterables, key, heapify, heappop, heapreplace, 1)


def _merge(iterables, key, make_heap, pop, replace, direction):
    # Each entry is a list [sort key, order, value, iterator]: the order breaks ties by
    # input position, so equal items keep their iterables' order and iterators are never
    # compared.
    h = []
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
        except StopIteration:
            continue
        h.append([value if key is None else key(value), order * direction, value, it])
    make_heap(h)
    while len(h) > 1:
        s = h[0]
        try:
            while True:
                yield s[2]
                value = next(s[3])
                s[0] = value if key is None else key(value)
                s[2] = value
                replace(h, s)
                s = h[0]
        except StopIteration:
            pop(h)
    if h:
        s = h[0]
        yield s[2]
        yield from s[3]


def nsmallest(n, iterable, key=None):
    if n == 1:
        sentinel = object()
        result = min(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    # range(n) comes first in zip so that no extra item is taken from the iterator.
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
    else:
        result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = elem if key is None else key(elem)
        if k < top:
            _heapreplace_max(result, (k, order) if key is None else (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [entry[-1] if key is not None else entry[0] for entry in result]


def nlargest(n, iterable, key=None):
    if n == 1:
        sentinel = object()
        result = max(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
    else:
        result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = elem if key is None else key(elem)
        if top < k:
            heapreplace(result, (k, order) if key is None else (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [entry[-1] if key is not None else entry[0] for entry in result]
