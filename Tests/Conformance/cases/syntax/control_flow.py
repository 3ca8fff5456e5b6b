# if/elif/else, while/else, for/else, break, continue, pass.
for n in range(6):
    if n == 0:
        print("zero")
    elif n % 2 == 0:
        print(n, "even")
    else:
        continue
for n in range(3):
    pass
else:
    print("for-else ran, last n =", n)
for n in range(10):
    if n == 3:
        break
else:
    print("not printed")
print("broke at", n)
i = 0
while i < 3:
    i += 1
else:
    print("while-else ran", i)
while True:
    i -= 1
    if i == 0:
        break
print("done", i)
