"""The parts of the `traceback` module weft can give exactly: walking a traceback
(`walk_tb`), extracting its frames (`extract_tb`, `FrameSummary`, `StackSummary`) and the
exception's own lines (`format_exception_only`), as CPython 3.11's traceback.py does.

Left out: everything that prints a traceback (`print_exc`, `format_exception`, `format_tb`,
`StackSummary.format`...), because CPython 3.11 draws `~~^~~` markers under the failing
expression from column positions weft's line table does not keep; `FrameSummary` has no
`colno`/`end_colno`/`end_lineno` for the same reason. Frames come from tracebacks only
(weft's frame objects have no `f_back`), so there is no `extract_stack`/`walk_stack`.
Source lines are read from the file, as CPython's linecache does.
"""

import sys

_lines = {}
_sentinel = object()


def _getline(filename, lineno):
    """Line `lineno` of `filename` with its newline ('' when it cannot be read)."""
    lines = _lines.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8") as f:
                lines = f.readlines()
        except (OSError, UnicodeDecodeError):
            lines = []
        _lines[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def walk_tb(tb):
    """Each (frame, lineno) of a traceback, from the handling frame to the raising one."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class FrameSummary:
    """One frame of a StackSummary: filename, lineno, name and the source line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = (
            {k: _safe_string(v, "local", func=repr) for k, v in locals.items()} if locals else None
        )

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (
                self.filename == other.filename
                and self.lineno == other.lineno
                and self.name == other.name
                and self.locals == other.locals
            )
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name
        )

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


def _limited(frame_gen, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(frame_gen)
    items = list(frame_gen)
    return items[:limit] if limit >= 0 else items[limit:]


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in _limited(frame_gen, limit):
            co = f.f_code
            f_locals = f.f_locals if capture_locals else None
            result.append(
                FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False, locals=f_locals)
            )
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result


def extract_tb(tb, limit=None):
    """The frames of a traceback as a StackSummary (the first `limit`, the last `-limit`)."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:  # as CPython: whatever str() raises is reported in the text, not raised
        return f"<{what} {func.__name__}() failed>"


def format_exception_only(exc, /, value=_sentinel):
    """['Type: message\\n'] for an exception, then its __notes__, one line each."""
    if value is _sentinel:
        value = exc
    etype = type(value)
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + "." + stype
    if issubclass(etype, SyntaxError):
        raise NotImplementedError(
            "traceback.format_exception_only of a SyntaxError is not supported by weft"
        )
    valuestr = _safe_string(value, "exception")
    lines = [f"{stype}: {valuestr}\n" if valuestr else f"{stype}\n"]
    notes = getattr(value, "__notes__", None)
    if isinstance(notes, (list, tuple, str)):
        for note in notes:
            note = _safe_string(note, "note")
            lines.extend(part + "\n" for part in note.split("\n"))
    elif notes is not None:
        lines.append(_safe_string(notes, "__notes__", func=repr))
    return lines
