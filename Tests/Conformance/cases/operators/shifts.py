# Left and right shifts, including negatives and shifts past 64 bits.
print(1 << 0, 1 << 10, 1 << 63, 1 << 64, 1 << 100)
print(1024 >> 3, 7 >> 1, 7 >> 10, -7 >> 1, -1 >> 100, -16 >> 2)
print(3 << 62, (3 << 62) >> 62)
print((1 << 200) >> 190)
print(-3 << 4)
