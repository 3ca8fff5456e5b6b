# Integer and float arithmetic in while and for loops.
def integer_work(n):
    acc = 0
    i = 0
    while i < n:
        acc = (acc * 31 + i * i - (i // 3) + (i % 7)) % 1000003
        i += 1
    return acc


def float_work(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x += (i * 0.5 - y) / (i + 1.0)
        y = y * 0.999 + 0.001 * (i % 10)
    return x, y


def bits_work(n):
    h = 0
    for i in range(n):
        h = ((h << 1) ^ (i * 2654435761) ^ (h >> 3)) & 0xFFFFFFFF
    return h


a = integer_work(3_000_000)
x, y = float_work(2_500_000)
b = bits_work(2_000_000)
print("int:", a)
print("float:", round(x, 6), round(y, 6))
print("bits:", b)
