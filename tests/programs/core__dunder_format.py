# __format__ receives the spec from format(), str.format and f-strings; __str__/__repr__ pick the conversion.
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or "") + "°F"
        return format(self.c, spec) + "°C"
    def __str__(self):
        return "Temp(str)"
    def __repr__(self):
        return "Temp(repr)"
t = Temp(21.5)
print(format(t), format(t, ".0f"), format(t, ".1F"), "{:>8}".format(t), f"{t:.2f} {t!s} {t!r} {t:F}")
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()), f"{Plain()!s:>7}|")
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
