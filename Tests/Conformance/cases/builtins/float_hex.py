# float.hex and float.fromhex: exact hexadecimal floats, subnormals, rounding and errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [1.5, -0.1, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 1 / 3, 2 ** -1030]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
for text in ["0x1.8p1", " -0X1P-2 \n", "1e5", "0x.8", "inf", "-Infinity", "nan",
             "0x1.fffffffffffff7p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x3p-1076",
             "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0",
             "0x1p-99999999999", "12abcp-3"]:
    attempt(lambda: float.fromhex(text))
for text in ["0x1p1024", "0x1.fffffffffffff8p1023", "0x1p99999999999", "0x", ".", "1p", "1p+",
             "0x1.2.3", "1_0", "0x1 p1"]:
    attempt(lambda: float.fromhex(text))
print((10).as_integer_ratio(), True.as_integer_ratio(), (2 ** 70).as_integer_ratio())
