# abs, round (banker's rounding, ndigits, negative ndigits), divmod, pow with modulus.
print(abs(-5), abs(5.5), abs(-0.0), abs(-10 ** 20))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.2))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1))
print(round(7), round(7.0), type(round(7.5)).__name__, type(round(7.5, 0)).__name__, round(7.5, 0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 3))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 4, -5), pow(2.0, -1), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(round(5e-324, 400), round(123.456, 1), round(-0.05, 1))
