# super() in __init__ chains, with arguments, in classmethods, and the two-argument form.
class Animal:
    def __init__(self, name):
        self.name = name
        print("Animal.__init__", name)
    def speak(self):
        return f"{self.name} makes a sound"
    @classmethod
    def create(cls, name):
        return cls(name)
class Dog(Animal):
    def __init__(self, name, breed="mutt"):
        super().__init__(name)
        self.breed = breed
        print("Dog.__init__", breed)
    def speak(self):
        return super().speak() + " (woof)"
    @classmethod
    def create(cls, name):
        obj = super().create(name)
        obj.made_by = cls.__name__
        return obj
class Puppy(Dog):
    def speak(self):
        return super(Dog, self).speak() + " [skipped Dog]"
d = Dog("rex", "lab")
print(d.speak(), d.breed, vars(d))
p = Puppy.create("bit")
print(p.speak(), p.made_by, isinstance(p, Animal), type(p).__name__)
