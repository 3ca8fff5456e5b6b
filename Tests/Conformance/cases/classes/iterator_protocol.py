# __iter__ and __next__: a user iterator, StopIteration, and for-loop consumption.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
class Range2:
    # Iterable (not iterator): each iter() gives a fresh generator.
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * 10
r = Range2(3)
print(list(r), list(r), sum(r), max(r))
for a, b in zip(Countdown(3), Range2(3)):
    print(a, b)
