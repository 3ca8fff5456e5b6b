# Sorting plain tuples of ints: lexicographic, stable (equal tuples keep their order,
# reversed too), and other lists of tuples still sorted by the general comparison.
pairs = [(3, 1), (1, 2), (3,), (1, 2, 0), (), (-5, 7), (3, 1), (2 ** 40, 0), (1, 2)]
print(sorted(pairs))
print(sorted(pairs, reverse=True))
a, b = (4, 4), (4, 4)
a = tuple([4, 4])
b = tuple([4, 4])
ordered = sorted([b, (1, 1), a])
print(ordered[1] is b, ordered[2] is a)
ordered = sorted([b, (9, 9), a], reverse=True)
print(ordered[1] is b, ordered[2] is a)
items = [(i * 7919 % 101, i % 3) for i in range(300)]
print(sorted(items)[:5], sorted(items, reverse=True)[:5])
items.sort()
print(items[-3:])

# Not ints only: floats, bools, big ints, strings, and a mixture that cannot be ordered.
print(sorted([(1, 2.5), (1, 2), (0, True)]))
print(sorted([(2 ** 70, 1), (1, 2)], reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([(1, 2), (1, "a")])
except TypeError as error:
    print("TypeError", error)


class Row(tuple):
    def __lt__(self, other):
        print("Row lt")
        return tuple.__lt__(self, other)


print(sorted([Row((2, 1)), Row((1, 1))]))
