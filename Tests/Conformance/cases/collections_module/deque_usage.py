# collections.deque: appends/pops on both ends, rotate, maxlen, extendleft, indexing.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, d[0], d[-1], len(d))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
print(window, list(window), window.maxlen)
print(deque("abc").count("a"), 2 in deque([1, 2]), list(reversed(deque([1, 2, 3]))))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
