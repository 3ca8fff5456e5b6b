# Slicing with negative bounds, steps, out-of-range bounds, on lists, strings and tuples.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[-5:-2])
print(xs[::2], xs[1::3], xs[::-1], xs[::-3], xs[7:2:-1], xs[-1:-4:-1])
print(xs[5:2], xs[100:], xs[-100:2], xs[2:100:4], xs[:0])
print(xs[slice(1, 8, 2)], xs[slice(None, None, -2)])
s = "abcdefgh"
print(s[1:4], s[::-1], s[-2:], s[::3], s[6:1:-2])
t = (1, 2, 3, 4)
print(t[1:-1], t[::-1], t[10:])
sl = slice(1, 10, 3)
print(sl.start, sl.stop, sl.step, sl.indices(5))
