"""Expected values for FloatReprTests.swift: CPython's repr(float).

Run with CPython 3.11 and paste the output into the `expectations` table of
FloatReprTests.swift. Each line is [the double's bits as 16 hex digits, repr(x)].
"""
import json
import random
import struct

CURATED = [
    0.0, -0.0, float("inf"), float("-inf"), float("nan"), -float("nan"),
    1.0, -1.0, 0.5, 1.5, 100.0, 123.456, -2.5, 3.0e-10,
    0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 0.7, 1.1, 2.675, 9.995,
    1e-05, 2.5e-07, 0.0001, 0.001, 9.999999999999999e-05, 0.00012345,
    1e+16, 1e+22, 1e+23, 1e21, 1.5e+300, 123456789012345.0, 1234567890123456.0,
    9999999999999998.0, 1e15, 1e16 - 2, 2e16 + 8, 9007199254740993.0, 2.0**53, 2.0**63, 2.0**64,
    1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308, 5e-324, 1e-323,
    -1e-300, 1e100, 1e-100, 6.02214076e23, 6.62607015e-34, 299792458.0, 3.141592653589793,
    2.718281828459045, 1.4142135623730951, 0.30000000000000004, 1e-07, 123e-20, 4.35, 0.57,
    8.41e21, 5e-310, 1.0000000000000002, 0.9999999999999999, 4503599627370495.5, 1e17, 1e-4,
]


def row(x):
    return json.dumps(["%016x" % struct.unpack("<Q", struct.pack("<d", x))[0], repr(x)])


for x in CURATED:
    print(row(x))
generator = random.Random(2024)
for _ in range(150):
    # Any bit pattern: every exponent, subnormals, negative numbers.
    bits = generator.getrandbits(64)
    print(row(struct.unpack("<d", struct.pack("<Q", bits))[0]))
for _ in range(150):
    # Numbers written with few digits, the kind programs print.
    digits = generator.randint(1, 17)
    x = float("%.*g" % (digits, generator.uniform(-1, 1) * 10.0 ** generator.randint(-25, 25)))
    print(row(x))
