# random with seed 42: choice, shuffle, sample, choices with weights.
import random
random.seed(42)
colors = ["red", "green", "blue", "yellow", "purple"]
print(random.choice(colors), random.choice(range(100)), random.choice("xyz"))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(colors, 3), random.sample(range(1000), 4))
print(random.choices(colors, k=4), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
