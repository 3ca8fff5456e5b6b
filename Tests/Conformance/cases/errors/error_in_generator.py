# Uncaught exception raised inside a generator while a for loop consumes it.
def readings():
    yield 1.5
    yield 2.5
    raise OSError("sensor offline")
for r in readings():
    print("reading", r)
