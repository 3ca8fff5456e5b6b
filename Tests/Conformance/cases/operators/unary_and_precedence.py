# Operator precedence and unary operators.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, not 1 == 2)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, 10 - 4 - 3, 2 ** -1 * 4)
print(- - 5, + - 5, ~~7, not not [])
print(3 > 2 and 2 > 1 or 1 / 0)
print(1 if 0 else 2 if 0 else 3)
print(100 // 7 * 7 + 100 % 7)
print(-7 // 2 * 2, -(7 // 2) * 2)
