# Integer literals: underscores, hex/octal/binary prefixes, and their case variants.
print(1_000_000)
print(0x1F, 0XfF, 0o17, 0O777, 0b1010, 0B1111_0000)
print(0x_dead_beef)
print(0, 00, 0_0)
print(-0x10, +0b1)
print(123456789012345678901234567890)
print(type(0x10).__name__)
