# Conditional expressions, nesting and laziness.
for n in (-3, 0, 7):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
print([x if x % 2 else -x for x in range(5)])
print((1 / 0) if False else "lazy")
value = 10
print("big" if value > 5 else "small", ("a" if value else "b") + "!")
