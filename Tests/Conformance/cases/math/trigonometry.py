# Trigonometric and angle functions, rounded so the output is exact across libm versions.
import math
for deg in (0, 30, 45, 60, 90, 180):
    rad = math.radians(deg)
    print(deg, round(math.sin(rad), 10), round(math.cos(rad), 10), round(math.tan(rad), 6) if deg != 90 else "inf")
print(round(math.degrees(math.pi / 3), 10), math.degrees(math.pi))
print(round(math.atan2(1, 1), 12), round(math.atan2(-1, -1), 12), math.atan2(0, -1) == math.pi)
print(round(math.asin(1), 12), round(math.acos(0), 12), round(math.atan(1) * 4, 12))
print(round(math.sinh(1), 12), round(math.cosh(0), 12), round(math.tanh(100), 12))
