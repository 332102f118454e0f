# Attribute lookup order: instance dict, then class and bases by MRO; data descriptors (property) win over the instance.
class Base:
    x = "Base.x"
    def who(self):
        return "Base.who"
    def call_who(self):
        return self.who()
class Child(Base):
    def who(self):
        return "Child.who -> " + Base.who(self)
c = Child()
print(c.x, c.who(), c.call_who(), Base.who(c))
c.x = "instance x"
print(c.x, Child.x, Base.x)
c.who = lambda: "instance function"
print(c.who(), c.call_who(), Child.who(c))
class WithProp:
    @property
    def p(self):
        return "property wins"
w = WithProp()
w.__dict__["p"] = "instance value"
print(w.p, w.__dict__)
class Fallback:
    a = 1
    def __getattr__(self, name):
        return f"fallback {name}"
f = Fallback()
print(f.a, f.b, getattr(f, "c"), hasattr(f, "anything"))
