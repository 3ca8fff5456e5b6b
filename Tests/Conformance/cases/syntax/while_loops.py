# while loops with complex conditions, nested loops with break/continue, and loop-carried state.
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)
primes = []
candidate = 2
while len(primes) < 10:
    for p in primes:
        if p * p > candidate:
            primes.append(candidate)
            break
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
    candidate += 1
print(primes)
row = 0
while row < 4:
    row += 1
    if row == 2:
        continue
    print("row", row, "*" * row)
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd:", a)
