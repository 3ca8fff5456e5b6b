# functools.lru_cache and cache: memoised recursion and cache_info statistics.
from functools import cache, lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
calls = []
@lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow_square(n)
print(calls, slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())
@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80))
