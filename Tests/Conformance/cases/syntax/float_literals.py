# Float literals: exponents, leading/trailing dots, underscores, and how repr shows them.
print(1.5, .5, 5., 1e3, 1E-3, 2.5e+2)
print(1_000.000_1)
print(1e16, 1e15, 123456789.0 * 10)
print(1e-4, 1e-5, 0.0001, 0.00001)
print(1e308 * 10, -1e308 * 10)
print(0.1 + 0.2, 1 / 3)
print(3.0, -0.0, 2e0)
print(repr(1e22), repr(1.0e-7), str(12345678901234567.0))
