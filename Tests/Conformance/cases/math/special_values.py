# inf and nan behavior in math and comparisons; math errors.
import math
inf, nan = math.inf, math.nan
print(inf + 1, inf - inf, inf * 0, -inf < -1e308, nan == nan, nan != nan)
print(math.isnan(inf - inf), min(1, inf), max(-inf, 0), float("inf") == inf)
print(math.floor(-0.5), math.copysign(1, -0.0), 0.0 == -0.0, str(-0.0))
for func, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2)]:
    try:
        func(arg)
    except ValueError as e:
        print(func.__name__, "ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
