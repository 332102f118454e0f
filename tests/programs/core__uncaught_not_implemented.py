# An abstract method raising NotImplementedError, uncaught, reached through a subclass.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")
class Blob(Shape):
    pass
print(type(Blob()).__name__)
print(Blob().area())
