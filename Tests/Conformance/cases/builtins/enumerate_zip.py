# enumerate with start; zip with unequal lengths, strict mode, and unzipping.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, start=1)), list(enumerate("ab", 10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
pairs = list(zip(names, [30, 25, 41], [True, False, True]))
print(pairs)
ns, ages, flags = zip(*pairs)
print(ns, ages, flags)
print(dict(zip("abc", range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
for i, (name, age) in enumerate(zip(names, [1, 2]), 1):
    print(i, name, age)
