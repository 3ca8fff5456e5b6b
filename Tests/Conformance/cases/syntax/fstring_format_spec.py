# f-string format specs: width, alignment, fill, sign, precision, grouping, types.
x = 1234.5678
n = 255
print(f"[{x:10.2f}] [{x:<10.1f}] [{x:^12.3f}] [{x:*>12.2f}]")
print(f"[{n:5d}] [{n:<5d}] [{n:05d}] [{n:+d}] [{-n:+d}] [{n: d}]")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0xffffffff:_x}")
print(f"{0.25:%} {0.25:.1%} {12345.678:e} {12345.678:.2E}")
print(f"{1e-5:g} {1234567.0:g} {0.0001:g} {100.0:g}")
print(f"[{'hi':>5}] [{'hi':<5}] [{'hi':^6}] [{'hi':-^7}]")
print(f"{'truncate':.3}")
print(f"{-3.5:08.2f} {3:=+6}")
print(f"{True:d} {True}")
