# Generators: lazy evaluation, state between yields, return ends iteration.
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("finished")
gen = countdown(3)
print("created")
print(next(gen))
print(list(gen))
print(list(gen))  # exhausted
def squares(limit):
    for i in range(limit):
        if i == 4:
            return
        yield i * i
print(list(squares(10)), sum(squares(10)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(type(f).__name__)
