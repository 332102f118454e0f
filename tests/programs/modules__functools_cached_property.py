# functools.cached_property: computed once per instance, stored in the instance __dict__.
import functools


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area)
c.r = 10
print(c.area)
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)
