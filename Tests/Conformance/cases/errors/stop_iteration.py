# Uncaught StopIteration from next() on an exhausted iterator: no message.
it = iter([1])
print(next(it))
next(it)
