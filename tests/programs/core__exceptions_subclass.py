# Subclassing Exception: args, custom __init__ and __str__, attributes, catching by base class.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found in {where}")
        self.key = key
class Weird(Exception):
    def __str__(self):
        return "weird!"
for exc in [AppError(), AppError("msg"), AppError("a", 2), NotFound("k"), Weird(1)]:
    print(repr(exc), str(exc), exc.args, isinstance(exc, Exception))
try:
    raise NotFound("user", where="cache")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
try:
    raise AppError
except AppError as e:
    print("class raised:", repr(e))
class ValueLike(ValueError):
    pass
try:
    int("x")
except ValueLike:
    print("wrong")
except ValueError as e:
    print("ValueError:", e)
try:
    raise ValueLike("sub")
except ValueError as e:
    print("caught as ValueError:", repr(e), issubclass(ValueLike, Exception))
