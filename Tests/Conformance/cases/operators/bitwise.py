# Bitwise operators on ints, including negatives (two's complement semantics).
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-5 & 0xFF, -1 & 7, -8 | 3, -6 ^ 3, ~-1, ~0)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(12 & -12, (1 << 70) & ((1 << 70) - 1), (1 << 70) | 1)
print(-(1 << 70) & 0xFFFF, ~(1 << 70))
