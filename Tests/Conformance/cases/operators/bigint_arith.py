# Integers beyond 64 bits: arithmetic, floor division and modulo with signs.
a = 2 ** 64
b = 3 ** 50
print(a, b)
print(a + 1, a - 1, a * a, b - a)
print(-a, a * -b)
print(b // a, b % a, -b // a, -b % a, b // -a, b % -a)
print(divmod(b, 12345678901), divmod(-b, 12345678901))
print(a // 3, a / 4, (10 ** 30) / (10 ** 10))
print(2 ** 64 - 1 == 18446744073709551615, 2 ** 63 - 1)
print((2 ** 100 + 7) % 1000000007)
fact = 1
for i in range(1, 31):
    fact *= i
print(fact)
print(sum(range(10 ** 12, 10 ** 12 + 10)))
