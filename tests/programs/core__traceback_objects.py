# Traceback objects: e.__traceback__ chains from the handling frame to the raising one, with
# tb_lineno, tb_frame.f_code per level; re-raising adds levels; with_traceback and
# __traceback__ assignment; sys.exc_info(); frames of generators and methods.
import sys


def levels(tb):
    out = []
    while tb is not None:
        co = tb.tb_frame.f_code
        out.append((co.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def inner(x):
    return 10 // x


def middle(x):
    y = x + 1
    return inner(y - 1)


def outer():
    return middle(0)


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__, type(tb.tb_frame.f_code).__name__)
    print(levels(tb))
    last = tb
    while last.tb_next is not None:
        last = last.tb_next
    f = last.tb_frame
    print("innermost", f.f_code.co_name, f.f_lineno, f.f_code.co_firstlineno)
    print("qualname", f.f_code.co_qualname, f.f_code.co_filename == __file__)
    print("globals", f.f_globals is globals(), f.f_globals["__name__"])
    print("same objects", e.__traceback__ is tb, tb.tb_next is tb.tb_next, tb.tb_frame is tb.tb_frame)
    print("lasti is int", type(tb.tb_lasti).__name__, type(last.tb_frame.f_lasti).__name__)


# Re-raising a caught exception adds the frames it passes through again.
def catch_and_reraise():
    try:
        inner(0)
    except ZeroDivisionError as err:
        saved = err
    raise saved


def bare_reraise():
    try:
        inner(0)
    except ZeroDivisionError:
        raise


for fn in (catch_and_reraise, bare_reraise):
    try:
        fn()
    except ZeroDivisionError as e:
        print(fn.__name__, levels(e.__traceback__))

# A traceback read before a re-raise stays the tail of the one read after.
try:
    inner(0)
except ZeroDivisionError as e:
    first = e
    before = e.__traceback__
try:
    raise first
except ZeroDivisionError as e:
    after = e.__traceback__
    print("grown", len(levels(before)), len(levels(after)), after.tb_next is before)

# with_traceback and assigning __traceback__.
e = ValueError("fresh")
print("fresh", e.__traceback__)
try:
    middle(0)
except ZeroDivisionError as z:
    saved_tb = z.__traceback__
r = e.with_traceback(saved_tb)
print("with_traceback", r is e, e.__traceback__ is saved_tb, levels(e.__traceback__))
try:
    raise e
except ValueError as v:
    print("raised with tb", levels(v.__traceback__))
e.__traceback__ = None
print("cleared", e.__traceback__)
e.__traceback__ = saved_tb.tb_next
print("assigned", levels(e.__traceback__))
for bad in (1, "tb"):
    try:
        e.with_traceback(bad)
    except TypeError as t:
        print("TypeError", t)
    try:
        e.__traceback__ = bad
    except TypeError as t:
        print("TypeError", t)


# Raised in a generator and in a method.
def gen():
    yield 1
    raise KeyError("in gen")


class Widget:
    def spin(self):
        return self.fail()

    def fail(self):
        raise RuntimeError("in method")


try:
    for _ in gen():
        pass
except KeyError as k:
    print("generator", levels(k.__traceback__))
try:
    Widget().spin()
except RuntimeError as r:
    tb = r.__traceback__
    print("method", levels(tb))
    print("qualnames", [t.tb_frame.f_code.co_qualname for t in (tb.tb_next, tb.tb_next.tb_next)])

# sys.exc_info() and sys.exception().
print("outside", sys.exc_info(), sys.exception())
try:
    inner(0)
except ZeroDivisionError as e:
    typ, val, tb = sys.exc_info()
    print("exc_info", typ.__name__, val is e, tb is e.__traceback__, levels(tb))
    print("exception", sys.exception() is e)
    try:
        raise KeyError("nested")
    except KeyError:
        print("nested", sys.exc_info()[0].__name__)
    print("restored", sys.exc_info()[0].__name__)
print("after", sys.exc_info())

# Names these objects do not have.
try:
    outer()
except ZeroDivisionError as e:
    for obj, name in ((e.__traceback__, "tb_nope"), (e.__traceback__.tb_frame, "f_nope")):
        try:
            getattr(obj, name)
        except AttributeError as a:
            print("AttributeError", a)

# Read-only attributes, and the exception fields that may not be deleted.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    f = tb.tb_frame
    cases = (
        (tb, "tb_lineno"), (tb, "tb_lasti"), (tb, "tb_frame"), (tb, "tb_x"), (tb, "tb_next"),
        (f, "f_code"), (f, "f_globals"), (f, "f_lasti"), (f, "f_back"), (f, "f_locals"), (f, "f_x"),
    )
    for obj, name in cases:
        try:
            setattr(obj, name, 5)
        except (AttributeError, TypeError) as x:
            print(type(x).__name__, x)
    for name in ("__traceback__", "__cause__", "__context__"):
        try:
            delattr(e, name)
        except TypeError as x:
            print("TypeError", x)
    print("still", e.__traceback__ is tb)
