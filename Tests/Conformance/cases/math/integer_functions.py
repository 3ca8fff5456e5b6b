# Exact integer functions: factorial, gcd, lcm, comb, perm, isqrt, prod, fsum.
import math
print(math.factorial(0), math.factorial(5), math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(5, 2), math.comb(52, 5), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([0.5, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
