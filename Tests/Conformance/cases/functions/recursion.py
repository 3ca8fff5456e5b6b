# Recursive functions: factorial, fibonacci, mutual recursion, recursion over structures.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(10), fact(25))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def depth(tree):
    if not isinstance(tree, list) or not tree:
        return 0
    return 1 + max(depth(child) for child in tree)
print(depth([1, [2, [3, []]], [4]]))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
def countdown(n):
    return [] if n == 0 else [n] + countdown(n - 1)
print(countdown(500)[-3:], len(countdown(900)))
