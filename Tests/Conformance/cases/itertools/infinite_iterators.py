# itertools.count, cycle and repeat, limited with islice and zip.
from itertools import count, cycle, islice, repeat
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([1, 2]), 0)))
print(list(repeat("x", 3)), list(zip(range(3), repeat(0))))
print(list(islice(range(20), 2, 12, 3)), list(islice("abcdef", 3)), list(islice("abc", 5, None)))
print(list(map(pow, range(5), repeat(2))))
