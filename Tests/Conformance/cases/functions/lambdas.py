# lambda expressions: as arguments, immediately called, with defaults and conditionals.
square = lambda n: n * n
print(square(7), (lambda a, b=2: a ** b)(3), (lambda *a: len(a))(1, 2, 3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda s: s[::-1], ["ab", "cd"])))
print(list(filter(lambda n: n % 2, range(10))))
classify = lambda n: "neg" if n < 0 else "non-neg"
print(classify(-1), classify(0))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(12) + "!")
print((lambda: "no args")(), square.__name__)
