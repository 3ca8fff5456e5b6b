# Multiple inheritance: MRO (C3 linearization) and cooperative super().
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print(Child().hello())
print([k.__name__ for k in Child.__mro__])
class A:
    x = "A"
class B(A):
    pass
class C(A):
    x = "C"
class D(B, C):
    pass
print(D.x, D().x)
