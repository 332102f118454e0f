# property with getter, setter and deleter; read-only properties; property() call form.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    def _get_k(self):
        return self._c + 273.15
    kelvin = property(_get_k, doc="in kelvin")
t = Temp(25)
print(t.celsius, t.fahrenheit, t.kelvin)
t.celsius = 100
print(t.celsius, t.fahrenheit, type(Temp.celsius).__name__, Temp.kelvin.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
