# Multiple inheritance: C3 linearisation, attribute lookup order and cooperative super().
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()], Z.__bases__ == (K1, K2, K3), K1.__base__.__name__)
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
    where = "right"
class Both(Left, Right):
    def hello(self):
        return ["Both"] + super().hello()
print(Both().hello(), Both.where, [c.__name__ for c in Both.__mro__])
try:
    class Bad(A, K1): pass
except TypeError as e:
    print("TypeError:", e)
