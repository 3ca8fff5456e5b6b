# Float floor division and modulo: sign of result follows the divisor.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5, 0.5), (-0.5, 3), (1e-20, 1.0), (-1e-20, 1.0)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5)
print(7 // 2.0, 7 % 2.0, type(7 // 2.0).__name__)
print(3.0 // 0.1, 3.0 % 0.1)
