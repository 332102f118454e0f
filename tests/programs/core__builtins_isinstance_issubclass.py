# isinstance/issubclass with classes, tuples (nested), built-in types, bool/int, object and type.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()), isinstance(A, type), isinstance(type, type))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B), issubclass(B, object), issubclass(bool, (str, int)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", str), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), frozenset), isinstance(b"", bytes), isinstance(object(), object))
print(type(b) is B, type(b) == A, type(1), type("s"), type(None).__name__, type(type), b.__class__.__name__, B.__name__, B.__qualname__)
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, (TypeError, LookupError)), isinstance(len, type))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
