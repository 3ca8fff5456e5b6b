# Integer floor division and modulo round toward negative infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
# The invariant that defines them.
print(all(a == (a // b) * b + a % b for a, b in pairs))
