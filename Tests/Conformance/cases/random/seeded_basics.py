# random with seed 42: random, randint, randrange, uniform — reproducible Mersenne Twister output.
import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(5)])
print([random.randrange(10) for _ in range(5)], [random.randrange(0, 100, 5) for _ in range(3)])
print([random.uniform(1, 2) for _ in range(2)])
random.seed(42)
print(random.random())  # reseeding restarts the sequence
print(random.getrandbits(16), random.randint(10 ** 20, 10 ** 21))
