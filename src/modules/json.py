# The json module, in weft's own Python (embedded in the binary).
#
# dumps/dump produce CPython's exact text (separators, indentation, key conversion, float
# reprs, ASCII escaping with surrogate pairs); loads/load accept what CPython's scanner
# accepts and fail with its JSONDecodeError messages and positions ("Expecting value: line 1
# column 1 (char 0)"). The decoder is a recursive-descent scanner over the string's indexes.

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INFINITY = float('inf')
try:
    _BYTES = (bytes, bytearray)
except NameError:  # weft without bytearray yet
    _BYTES = (type(b''),)


class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'  # where CPython defines it (tracebacks print the full name)

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---- encoding ----

_ESCAPES = {
    '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t',
}


def _encode_str(s, ensure_ascii):
    # Fast path: nothing to escape (printable, and ASCII if asked: UTF-8 as long as the text).
    if (s.isprintable() and '"' not in s and '\\' not in s
            and (not ensure_ascii or len(s.encode()) == len(s))):
        return '"' + s + '"'
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        elif ensure_ascii and c > '~':
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                # A character beyond the BMP becomes a UTF-16 surrogate pair.
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _float_str(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == _INFINITY:
        text = 'Infinity'
    elif o == -_INFINITY:
        text = '-Infinity'
    else:
        return repr(float(o))
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    __module__ = 'json.encoder'

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        chunks = []
        _Encoder(self, indent, chunks).encode(o, 0)
        return chunks


class _Encoder:
    # One encoding run: writes chunks for a value, its level giving the indentation.
    def __init__(self, options, indent, chunks):
        self.o = options
        self.indent = indent
        self.chunks = chunks
        self.markers = {} if options.check_circular else None

    def encode(self, o, level):
        out = self.chunks
        if isinstance(o, str):
            out.append(_encode_str(o, self.o.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(int(o)))
        elif isinstance(o, float):
            out.append(_float_str(o, self.o.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.mark(o)
            self.encode_list(o, level)
            self.unmark(o)
        elif isinstance(o, dict):
            self.mark(o)
            self.encode_dict(o, level)
            self.unmark(o)
        else:
            self.mark(o)
            self.encode(self.o.default(o), level)
            self.unmark(o)

    def mark(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        if self.indent is None:
            return ''
        return '\n' + self.indent * level

    def encode_list(self, items, level):
        out = self.chunks
        if not items:
            out.append('[]')
            return
        out.append('[' + self.newline(level + 1))
        separator = self.o.item_separator + self.newline(level + 1)
        first = True
        for item in items:
            if not first:
                out.append(separator)
            first = False
            self.encode(item, level + 1)
        out.append(self.newline(level) + ']')

    def key_str(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_str(key, self.o.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return repr(int(key))
        if self.o.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def encode_dict(self, d, level):
        out = self.chunks
        if not d:
            out.append('{}')
            return
        out.append('{' + self.newline(level + 1))
        separator = self.o.item_separator + self.newline(level + 1)
        items = sorted(d.items()) if self.o.sort_keys else d.items()
        first = True
        for key, value in items:
            key = self.key_str(key)
            if key is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(_encode_str(key, self.o.ensure_ascii))
            out.append(self.o.key_separator)
            self.encode(value, level + 1)
        out.append(self.newline(level) + '}')


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


# ---- decoding ----

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_CONSTANTS = {'-Infinity': -_INFINITY, 'Infinity': _INFINITY, 'NaN': float('nan')}


class _NoValue(Exception):
    # Raised where no JSON value starts at `pos`: the caller reports "Expecting value".
    def __init__(self, pos):
        self.pos = pos


class JSONDecoder:
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or (lambda name: _CONSTANTS[name])
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        scanner = _Scanner(self, s)
        obj, end = self._scan(scanner, _skip_ws(scanner.s, 0))
        end = _skip_ws(scanner.s, end)
        if end != scanner.n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return self._scan(_Scanner(self, s), idx)

    def _scan(self, scanner, idx):
        try:
            return scanner.value(idx)
        except _NoValue as e:
            raise JSONDecodeError("Expecting value", scanner.doc, e.pos) from None


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Scanner:
    # Works on the document as a list of characters: indexing a list is O(1) whatever the
    # string's contents, so scanning stays linear. `doc` is the string, for error messages.
    def __init__(self, decoder, doc):
        self.d = decoder
        self.doc = doc
        self.s = list(doc)
        self.n = len(self.s)

    def text(self, start, end):
        return ''.join(self.s[start:end])

    def at(self, i):
        # The character at i, or '' past the end.
        return self.s[i] if i < self.n else ''

    def error(self, msg, pos):
        return JSONDecodeError(msg, self.doc, pos)

    def value(self, i):
        # The value starting exactly at i, and the index after it.
        if i >= self.n:
            raise _NoValue(i)
        c = self.s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and self.text(i, i + 4) == 'null':
            return None, i + 4
        if c == 't' and self.text(i, i + 4) == 'true':
            return True, i + 4
        if c == 'f' and self.text(i, i + 5) == 'false':
            return False, i + 5
        if c == 'N' and self.text(i, i + 3) == 'NaN':
            return self.d.parse_constant('NaN'), i + 3
        if c == 'I' and self.text(i, i + 8) == 'Infinity':
            return self.d.parse_constant('Infinity'), i + 8
        if c == '-' and self.text(i, i + 9) == '-Infinity':
            return self.d.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def digits(self, i):
        while i < self.n and self.s[i] in _DIGITS:
            i += 1
        return i

    def number(self, start):
        s, n = self.s, self.n
        i = start
        if s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in '123456789':
            i = self.digits(i + 1)
        else:
            raise _NoValue(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i = self.digits(i + 2)
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                i = self.digits(j + 1)
                is_float = True
        text = self.text(start, i)
        if is_float:
            return self.d.parse_float(text), i
        return self.d.parse_int(text), i

    def string(self, i):
        # i is just after the opening quote.
        s, n = self.s, self.n
        begin = i - 1
        chunks = []
        start = i
        while True:
            if i >= n:
                raise self.error("Unterminated string starting at", begin)
            c = s[i]
            if c == '"':
                chunks.append(self.text(start, i))
                return ''.join(chunks), i + 1
            if c == '\\':
                chunks.append(self.text(start, i))
                i += 1
                if i >= n:
                    raise self.error("Unterminated string starting at", begin)
                esc = s[i]
                if esc == 'u':
                    code = self.hex4(i)
                    i += 5
                    if 0xd800 <= code <= 0xdbff and self.text(i, i + 2) == '\\u':
                        low = self.hex4(i + 1)
                        if 0xdc00 <= low <= 0xdfff:
                            code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                            i += 6
                    chunks.append(chr(code))
                else:
                    char = _BACKSLASH.get(esc)
                    if char is None:
                        raise self.error("Invalid \\escape", i - 1)
                    chunks.append(char)
                    i += 1
                start = i
            elif c < ' ' and self.d.strict:
                raise self.error("Invalid control character at", i)
            else:
                i += 1

    def hex4(self, u):
        # The four hex digits after the 'u' at index u.
        esc = self.s[u + 1:u + 5]
        if len(esc) == 4 and all(c in '0123456789abcdefABCDEF' for c in esc):
            return int(''.join(esc), 16)
        raise self.error("Invalid \\uXXXX escape", u)

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip_ws(s, i)
        if self.at(i) == '}':
            return self.finish_object(pairs), i + 1
        if self.at(i) != '"':
            raise self.error("Expecting property name enclosed in double quotes", i)
        i += 1
        while True:
            key, i = self.string(i)
            i = _skip_ws(s, i)
            if self.at(i) != ':':
                raise self.error("Expecting ':' delimiter", i)
            i = _skip_ws(s, i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = _skip_ws(s, i)
            c = self.at(i)
            i += 1
            if c == '}':
                return self.finish_object(pairs), i
            if c != ',':
                raise self.error("Expecting ',' delimiter", i - 1)
            i = _skip_ws(s, i)
            c = self.at(i)
            i += 1
            if c != '"':
                raise self.error("Expecting property name enclosed in double quotes", i - 1)

    def finish_object(self, pairs):
        if self.d.object_pairs_hook is not None:
            return self.d.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.d.object_hook is not None:
            return self.d.object_hook(obj)
        return obj

    def array(self, i):
        s = self.s
        values = []
        i = _skip_ws(s, i)
        if self.at(i) == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = _skip_ws(s, i)
            c = self.at(i)
            i += 1
            if c == ']':
                return values, i
            if c != ',':
                raise self.error("Expecting ',' delimiter", i - 1)
            i = _skip_ws(s, i)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, _BYTES):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
