# Classes: attributes, methods, inheritance, super(), MRO, isinstance.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return f"{self.name} says woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (squeaky)"


for pet in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(pet.describe())
print(Animal.count, Puppy("x", 2).age, Animal.count)
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(Puppy("p", 0), Animal), issubclass(Dog, Puppy), type(Dog("d")).__name__)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._c = (value - 32) * 5 / 9

    @classmethod
    def freezing(cls):
        return cls(0)

    @staticmethod
    def unit():
        return "C"


t = Temperature.freezing()
print(t.fahrenheit, Temperature.unit())
t.fahrenheit = 212
print(t._c, t.fahrenheit)
obj = Dog("attr")
obj.extra = 5
print(hasattr(obj, "extra"), getattr(obj, "missing", "default"), obj.__dict__)
try:
    obj.nothing
except AttributeError as e:
    print("AttributeError:", e)
