# Recursive Fibonacci: function-call overhead, argument passing and int addition.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def count_calls(n):
    # Same shape of recursion, but also exercises a second function and comparison chain.
    if n < 2:
        return 1
    return 1 + count_calls(n - 1) + count_calls(n - 2)


total = 0
for n in range(28, 33):
    total += fib(n)
print("fib sum:", total)
print("calls:", count_calls(31))
