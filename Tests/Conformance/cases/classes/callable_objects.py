# __call__ makes instances callable; they keep state between calls.
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, step=1):
        self.count += step
        return self.count
c = Counter()
print(c(), c(), c(10), callable(c), callable(Counter))
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
p = Polynomial(1, 0, 2)  # 1 + 2x^2
print([p(x) for x in range(4)], list(map(p, [10])))
