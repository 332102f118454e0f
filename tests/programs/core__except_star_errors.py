# except* misuse at run time: ExceptionGroup types are refused, non-exception types too;
# the error is raised with the caught exception as its context. Uncaught groups from
# functions and generators keep their structure.
def attempt(label, f):
    try:
        f()
        print(label, "-> nothing")
    except BaseException as e:
        print(label, "->", type(e).__name__, e, "| context:", repr(e.__context__))


def star_eg():
    try:
        raise ValueError("v")
    except* ExceptionGroup:
        pass


def star_base_eg_in_tuple():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* (ValueError, BaseExceptionGroup):
        pass


def star_int():
    try:
        raise ValueError("v")
    except* int:
        pass


def star_later_clause_bad():
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        print("  first clause ran")
    except* "TypeError":
        pass


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "+", excs)


def custom_derive():
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  part:", type(e).__name__, e.message)


class NoDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


def bad_derive():
    try:
        raise NoDerive("nd", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass


attempt("except* ExceptionGroup", star_eg)
attempt("tuple with BaseExceptionGroup", star_base_eg_in_tuple)
attempt("except* int", star_int)
attempt("bad later clause", star_later_clause_bad)
attempt("custom derive", custom_derive)
attempt("derive returns non-group", bad_derive)


def gen():
    try:
        yield 1
        raise ExceptionGroup("in generator", [KeyError("k"), ValueError("v")])
    except* KeyError:
        print("  generator handled KeyError")
        yield 2


g = gen()
print(next(g))
print(next(g))
attempt("generator rest", lambda: next(g))
