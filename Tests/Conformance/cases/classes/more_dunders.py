# Other operator dunders: __truediv__, __floordiv__, __mod__, __pow__, __bool__, __rsub__, __matmul__-free.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __truediv__(self, n):
        return Money(self.cents // n)
    def __floordiv__(self, other):
        return self.cents // other.cents
    def __mod__(self, other):
        return Money(self.cents % other.cents)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __pow__(self, n):
        return Money(self.cents ** n)
    def __bool__(self):
        return self.cents != 0
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
m = Money(1050)
print(m / 4, m // Money(300), m % Money(300), 2000 - m, Money(3) ** 2)
print(bool(Money(0)), bool(m), "yes" if Money(1) else "no")
print(sorted([Money(5), Money(1), Money(3)]), max(Money(2), Money(9)))
