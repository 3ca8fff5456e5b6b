# collections.Counter: counting, most_common (ties keep first-seen order), arithmetic, update.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"])
print(c.most_common(), c.most_common(2))
words = Counter("the cat and the hat and the bat".split())
print(words.most_common(3))
c.update("aaz")
c.subtract({"b": 5})
print(c)
x, y = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(x + y, x - y, x & y, x | y)
print(sorted(Counter({"p": 2, "q": 0, "r": -1}).elements()), sum(x.values()), x.total())
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1)[0], dict(Counter("aab")))
