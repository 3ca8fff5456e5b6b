# math constants and rounding functions: floor, ceil, trunc, fabs, copysign.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.0) == 10 ** 20, math.ceil(5))
print(math.fabs(-3), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.isinf(math.inf), math.isfinite(1e308), math.isfinite(math.inf), math.isclose(0.1 + 0.2, 0.3))
