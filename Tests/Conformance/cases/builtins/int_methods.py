# int/float methods: bit_length, to_bytes/from_bytes, is_integer, as_integer_ratio, conjugate-free.
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (2 ** 100).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\x01\x00", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
print((3.0).is_integer(), (3.5).is_integer(), (0.75).as_integer_ratio(), (10).as_integer_ratio())
print((7).bit_count(), (-7).bit_count(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(float.fromhex("0x1.8p1"), (1.5).hex())
