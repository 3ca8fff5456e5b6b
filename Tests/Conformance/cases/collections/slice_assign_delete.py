# Slice assignment (same size, growing, shrinking, extended) and deletion.
xs = list(range(10))
xs[2:4] = ["a", "b"]
print(xs)
xs[1:3] = []
print(xs)
xs[0:0] = [100, 200]
print(xs)
xs[-2:] = "xyz"
print(xs)
ys = list(range(8))
ys[::2] = [0, 0, 0, 0]
print(ys)
ys[::-3] = ["p", "q", "r"]
print(ys)
del ys[1:3]
print(ys)
del ys[::2]
print(ys)
zs = list(range(6))
del zs[-1]
del zs[0]
print(zs)
zs[:] = [7]
print(zs)
try:
    zs2 = [1, 2, 3, 4]
    zs2[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
