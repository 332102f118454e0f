# Class definitions: no bases, empty parens, bases, keywords, **kwargs, *bases.
class Empty: pass
class Parens(): pass
class Child(Empty): pass
class Multi(Child, Parens): pass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class WithMeta(Empty, metaclass=Meta): pass
class WithKeywords(metaclass=Meta, flag=True, level=2): pass
bases = (Empty,)
options = {"metaclass": Meta}
class Dynamic(*bases, **options): pass
class Trailing(
    Empty,
    metaclass=Meta,
): pass
print([c.__name__ for c in Multi.__mro__], type(WithMeta).__name__, Dynamic.__bases__)
