# The collections module, part 3 of 3: namedtuple, which builds a tuple subclass with
# type(); its __new__ binds arguments by hand with CPython's messages
# ("Point.__new__() missing 1 required positional argument: 'y'").

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'])


def _field_property(index, name):
    def get(self):
        return self[index]

    def set(self, value):
        raise AttributeError("can't set attribute")

    return property(get, set, None, f'Alias for field number {index}')


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    field_names = tuple(field_names)
    num_fields = len(field_names)
    n_required = num_fields - len(field_defaults)
    new_qualname = f'{typename}.__new__'

    def __new__(_cls, *args, **kwargs):
        # Binds the arguments as `def __new__(_cls, x, y=default)` would, with its messages.
        if len(args) > num_fields:
            if n_required == num_fields:
                takes = f'{num_fields + 1}'
            else:
                takes = f'from {n_required + 1} to {num_fields + 1}'
            raise TypeError(f'{new_qualname}() takes {takes} positional arguments '
                            f'but {len(args) + 1} were given')
        values = list(args)
        if kwargs or len(args) < num_fields:
            given = dict(zip(field_names, args))
            for k, v in kwargs.items():
                if k not in field_names:
                    raise TypeError(f"{new_qualname}() got an unexpected keyword argument '{k}'")
                if k in given:
                    raise TypeError(f"{new_qualname}() got multiple values for argument '{k}'")
                given[k] = v
            missing = [name for name in field_names
                       if name not in given and name not in field_defaults]
            if missing:
                plural = 's' if len(missing) > 1 else ''
                quoted = [repr(n) for n in missing]
                if len(quoted) == 1:
                    listed = quoted[0]
                elif len(quoted) == 2:
                    listed = f'{quoted[0]} and {quoted[1]}'
                else:
                    listed = ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
                raise TypeError(f'{new_qualname}() missing {len(missing)} required '
                                f'positional argument{plural}: {listed}')
            values = [given[name] if name in given else field_defaults[name]
                      for name in field_names]
        return tuple.__new__(_cls, values)

    __new__.__name__ = '__new__'
    __new__.__qualname__ = new_qualname

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        parts = ', '.join(f'{name}={value!r}' for name, value in zip(field_names, self))
        return f'{self.__class__.__name__}({parts})'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
        '__module__': module if module is not None else '__main__',
    }
    for index, name in enumerate(field_names):
        namespace[name] = _field_property(index, name)
    return type(typename, (tuple,), namespace)
