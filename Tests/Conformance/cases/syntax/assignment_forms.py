# Assignment forms: chained, tuple, augmented, swap, and nested targets.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "ab"
print(m, n)
counter = 10
counter += 5; counter -= 3; counter *= 2; counter //= 5; counter **= 2; counter %= 7
print(counter)
bits = 0b1100
bits |= 1; bits &= 0b1101; bits ^= 0b0100; bits <<= 2; bits >>= 1
print(bits)
text = "ab"
text *= 3
print(text)
items = [1]
alias = items
items += [2]        # in place: alias sees it
print(alias)
t = (1,)
t2 = t
t += (2,)           # rebinding: t2 does not change
print(t, t2)
