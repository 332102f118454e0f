# classmethod and staticmethod, called on the class, instance and subclasses; class attributes.
class Shape:
    count = 0
    sides = 0
    def __init__(self):
        Shape.count += 1
    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides"
    @staticmethod
    def area_unit():
        return "m^2"
    @classmethod
    def make(cls):
        return cls()
class Square(Shape):
    sides = 4
s = Square.make()
print(Shape.describe(), Square.describe(), s.describe(), Shape.area_unit(), s.area_unit(), type(s).__name__)
Shape()
print(Shape.count, Square.count, s.count)
s.count = 99
print(Shape.count, s.count, Square.count)
Square.count = 7
print(Shape.count, Square.count)
print(callable(Shape.__dict__["area_unit"]), type(Shape.__dict__["describe"]).__name__, type(Shape.__dict__["area_unit"]).__name__)
