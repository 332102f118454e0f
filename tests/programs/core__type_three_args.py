# type(name, bases, dict) creates classes dynamically; they behave like class statements.
def greet(self):
    return f"hi from {type(self).__name__}, v={self.v}"
Base = type("Base", (), {"v": 1, "greet": greet})
Child = type("Child", (Base,), {"v": 2, "extra": lambda self: self.v * 10})
c = Child()
print(Base.__name__, Child.__name__, c.greet(), c.extra(), Base().greet(), issubclass(Child, Base), [k.__name__ for k in Child.__mro__])
print(type(c) is Child, isinstance(c, Base), type(Child).__name__)
