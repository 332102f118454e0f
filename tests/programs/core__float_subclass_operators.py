"""Subclasses of float (and int) that override operators: the override runs, not the base value's
arithmetic; without an override the base value computes (and the result is a plain float)."""
class MyFloat(float):
    def __sub__(self, o):
        return "sub"
    def __rmul__(self, o):
        return "rmul"
class MyInt(int):
    def __add__(self, o):
        return "add"
class MyStr(str):
    def __add__(self, o):
        return "stradd"
class MyList(list):
    def __add__(self, o):
        return "listadd"
print(MyFloat(1.5) - 1.0)
print(2.0 * MyFloat(1.5))
print(MyInt(1) + 1)
print(MyStr("a") + "b")
print(MyList() + [])
x = MyFloat(2.5)
x -= 1.0
print(x)
class F(float):
    pass
class G(float):
    def __lt__(self, o):
        return "lt"
    def __radd__(self, o):
        return "radd"
class I(int):
    def __rmul__(self, o):
        return "irmul"
print(F(1.5) - 1.0, F(1.5) * 2, 2.0 / F(4.0), F(1.5) + True, type(F(1.5) + 1.0).__name__)
print(G(1.0) < 2.0, 1.0 + G(2.0), 2.0 * I(3), 1.5 ** F(2.0), F(3.0) // 2.0, F(3.0) % 2.0)
x = F(2.0)
x += 1.5
print(x, type(x).__name__)
try:
    F(1.0) / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(1.0) + "a"
except TypeError as e:
    print("TypeError", e)
class J(int):
    def __add__(self, o):
        return "jadd"
class K(int):
    pass
print(J(1) + 1.0, K(2) + 1.5, 1.5 - K(1), type(K(2) * 1.5).__name__)
