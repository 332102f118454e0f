# The collections module, part 1 of 3 (deque.py, dicts.py, namedtuple.py), in weft's own
# Python, embedded in the binary and run in order in one namespace (see collections.rs).
#
# deque keeps its items in a list from index `_head` on: popleft and appendleft move the
# head instead of shifting the list (the free space at the front is reclaimed or grown in
# proportion to the size), so every end operation is amortised O(1), as in CPython. Its hot
# operations are native (collections.rs: the _deque_* names), the rest is here.
# Reprs, comparisons and error messages are CPython 3.11's.

__all__ = ['deque', 'defaultdict', 'Counter', 'OrderedDict', 'namedtuple', 'ChainMap']


def _index(i):
    if isinstance(i, int):
        return i
    raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        # Bumped by every mutation, so iterators notice a deque changed under them.
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    # The hot operations are native (collections.rs), on the same layout.
    __len__ = _deque_len
    __bool__ = _deque_bool
    __getitem__ = _deque_getitem
    append = _deque_append
    appendleft = _deque_appendleft
    pop = _deque_pop
    popleft = _deque_popleft

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            _deque_append(self, x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            _deque_appendleft(self, x)

    def clear(self):
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        return self.__copy__()

    def __copy__(self):
        if type(self) is deque:
            return deque(self, self._maxlen)
        return type(self)(self, self._maxlen)

    def count(self, x):
        state = self._state
        n = 0
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is x or item == x:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, x, start=0, stop=None):
        n = len(self)
        if not isinstance(start, int) or not (stop is None or isinstance(stop, int)):
            raise TypeError("slice indices must be integers or have an __index__ method")
        start = _clamp(start, n)
        stop = n if stop is None else _clamp(stop, n)
        state = self._state
        for i in range(start, stop):
            item = self._items[self._head + i]
            if item is x or item == x:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._state += 1
        i = _clamp(_index(i), len(self))
        self._items.insert(self._head + i, x)

    def remove(self, value):
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is value or item == value:
                self._state += 1
                del self._items[i]
                if len(self._items) == self._head:
                    self._items = []
                    self._head = 0
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        self._state += 1
        items = self._items[self._head:]
        items.reverse()
        self._items = items
        self._head = 0

    def rotate(self, n=1):
        n = _index(n)
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            self._state += 1
            items = self._items[self._head:]
            self._items = items[-n:] + items[:-n]
            self._head = 0

    def _position(self, i):
        i = _index(i)
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __setitem__(self, i, x):
        self._items[self._position(i)] = x

    def __delitem__(self, i):
        self._state += 1
        del self._items[self._position(i)]

    def __iter__(self):
        return _deque_iter(self, self._state)

    def __reversed__(self):
        return _deque_reversed(self, self._state)

    def __contains__(self, x):
        state = self._state
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is x or item == x:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __repr__(self):
        name = type(self).__name__
        if _repr_running(self):
            return '[...]'
        try:
            body = repr(self._items[self._head:])
        finally:
            _repr_done(self)
        if self._maxlen is None:
            return f"{name}({body})"
        return f"{name}({body}, maxlen={self._maxlen})"

    def _as_list(self):
        return self._items[self._head:]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() == other._as_list()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() != other._as_list()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() < other._as_list()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() <= other._as_list()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() > other._as_list()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() >= other._as_list()

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.__copy__()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.__copy__()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        items = self._as_list()
        self.clear()
        if n > 0:
            for _ in range(n):
                self.extend(items)
        return self


def _clamp(i, n):
    if i < 0:
        i += n
        if i < 0:
            i = 0
    elif i > n:
        i = n
    return i


def _deque_iter(d, state):
    i = 0
    while True:
        if state != d._state:
            raise RuntimeError("deque mutated during iteration")
        if i >= len(d):
            return
        yield d._items[d._head + i]
        i += 1


def _deque_reversed(d, state):
    i = len(d) - 1
    while True:
        if state != d._state:
            raise RuntimeError("deque mutated during iteration")
        if i < 0:
            return
        yield d._items[d._head + i]
        i -= 1


_repr_active = []


def _repr_running(obj):
    # repr of a container that holds itself prints [...] (a stack of ids being printed).
    key = id(obj)
    if key in _repr_active:
        return True
    _repr_active.append(key)
    return False


def _repr_done(obj):
    _repr_active.remove(id(obj))
