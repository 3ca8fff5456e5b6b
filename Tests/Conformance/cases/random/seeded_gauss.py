# random with seed 42: gauss and normalvariate, rounded to 12 places (they use libm log/cos/sqrt).
import random
random.seed(42)
print([round(random.gauss(0, 1), 12) for _ in range(4)])
print([round(random.gauss(100, 15), 9) for _ in range(2)])
random.seed(7)
print([round(random.normalvariate(0, 1), 12) for _ in range(2)])
print(round(random.expovariate(1.5), 12), round(random.triangular(0, 10, 3), 12))
