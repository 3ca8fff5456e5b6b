# sqrt, pow, exp, log family; exact cases printed fully, others rounded to avoid libm last-bit noise.
import math
print(math.sqrt(16), math.sqrt(2) ** 2 == 2, round(math.sqrt(2), 12), math.pow(2, 10), math.pow(2, 0.5) == math.sqrt(2))
print(math.log(1), math.log(math.e), math.log2(1024), math.log10(1000), math.log(8, 2))
print(round(math.exp(1), 12), round(math.log(10), 12), round(math.log1p(1e-10), 20), round(math.expm1(1e-10), 20))
print(math.hypot(3, 4), math.hypot(5, 12), math.dist((0, 0), (6, 8)))
print(round(math.cbrt(27), 12), math.ldexp(0.75, 4), math.frexp(12.0))
print(math.modf(3.25), math.modf(-3.25), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4))
