# The copy module, in weft's own Python (embedded in the binary): shallow and deep copies
# with CPython's rules — immutable atoms are returned as they are, containers are rebuilt,
# __copy__/__deepcopy__ hooks win, other instances are made with cls.__new__ and given
# (copies of) the original's attributes; deepcopy's memo keeps shared and cyclic structure.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str,
           type(b''), type, range, type(_function), type(len), type(Ellipsis), frozenset}
try:
    _atomic.add(complex)
except NameError:  # weft without complex numbers
    pass


def copy(x):
    cls = type(x)
    if cls in _atomic or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type):
        return x
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple([deepcopy(a, memo) for a in x])
        # A tuple of atoms copies to itself; a tuple reached again through a cycle is
        # the copy already made.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif isinstance(x, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo holds the originals too, so their ids stay unique while it lives.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    cls = type(x)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(cls, '__getstate__', None) is not None:
        state = getstate()
    else:
        state = {}
        for name, value in getattr(x, '__dict__', {}).items():
            state[name] = value
        for klass in cls.__mro__:
            for name in getattr(klass, '__slots__', ()):
                if hasattr(x, name):
                    state[name] = getattr(x, name)
    if memo is not None:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return y
    for name, value in state.items():
        # Past any __setattr__ of the class, as CPython's y.__dict__.update(state).
        object.__setattr__(y, name, value)
    return y
