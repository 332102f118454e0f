# The string module, in weft's own Python (embedded in the binary): the character-class
# constants, capwords, and Template ($-substitution with CPython's placeholder rules and
# "Invalid placeholder" messages).

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = '_' + ascii_letters
_ID_CONTINUE = _ID_START + digits


def _identifier_end(s, i):
    # The end of the ASCII identifier starting at i (i itself if there is none).
    n = len(s)
    if i < n and s[i] in _ID_START:
        i += 1
        while i < n and s[i] in _ID_CONTINUE:
            i += 1
    return i


class Template:
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # Yields (start, end, kind, name) for each delimiter: kind is 'escaped', 'named',
        # 'braced' or 'invalid' (then start is where the bad placeholder text begins).
        cls = type(self)
        if (cls.idpattern != Template.idpattern or cls.braceidpattern is not None
                or getattr(cls, 'pattern', None) is not None):
            raise NotImplementedError(
                "weft's string.Template does not support custom idpattern, "
                "braceidpattern or pattern (regular expressions) yet")
        s = self.template
        d = self.delimiter
        i = s.find(d)
        while i >= 0:
            j = i + len(d)
            if s.startswith(d, j):
                yield i, j + len(d), 'escaped', None
                i = s.find(d, j + len(d))
                continue
            end = _identifier_end(s, j)
            if end > j:
                yield i, end, 'named', s[j:end]
                i = s.find(d, end)
                continue
            if s.startswith('{', j):
                end = _identifier_end(s, j + 1)
                if end > j + 1 and s.startswith('}', end):
                    yield i, end + 1, 'braced', s[j + 1:end]
                    i = s.find(d, end + 1)
                    continue
            yield i, j, 'invalid', j
            i = s.find(d, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        def lookup(name):
            if name in kws:
                return kws[name]
            if mapping is None:
                raise KeyError(name)
            return mapping[name]

        out = []
        pos = 0
        for start, end, kind, name in self._placeholders():
            out.append(self.template[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(name)
                out.append(self.template[start:end])
            elif safe:
                try:
                    out.append(str(lookup(name)))
                except KeyError:
                    out.append(self.template[start:end])
            else:
                out.append(str(lookup(name)))
        out.append(self.template[pos:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for _, _, kind, _ in self._placeholders())

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._placeholders():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids
