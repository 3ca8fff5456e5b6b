"""Expected values for MersenneTwisterTests.swift, from CPython's random module.

Run with CPython 3.11 and paste the output into the `expectations` table of
MersenneTwisterTests.swift. Each line is one JSON array: a seed, then the operations done
in order on one generator seeded with it, each as [operation, result].
"""
import json
import random

SEEDS = [0, 42, 12345, 2**70 + 3, -42, 2**32 - 1, 2**32, 10**40 + 7]


def script(r):
    """The operations, as (name, arguments, function) in the order they consume randomness."""
    steps = []

    def step(name, function):
        steps.append([name, function()])

    for _ in range(5):
        step("random", lambda: repr(r.random()))
    for _ in range(5):
        step("randint 1 100", lambda: str(r.randint(1, 100)))

    def shuffled(n):
        items = list(range(n))
        r.shuffle(items)
        return items
    step("shuffle 10", lambda: shuffled(10))
    step("sample 100 5", lambda: r.sample(range(100), 5))
    for _ in range(4):
        step("gauss 0 1", lambda: repr(r.gauss(0, 1)))
    step("getrandbits 100", lambda: str(r.getrandbits(100)))
    step("getrandbits 0", lambda: str(r.getrandbits(0)))
    step("getrandbits 1", lambda: str(r.getrandbits(1)))
    step("getrandbits 32", lambda: str(r.getrandbits(32)))
    step("getrandbits 33", lambda: str(r.getrandbits(33)))
    step("getrandbits 64", lambda: str(r.getrandbits(64)))
    step("getrandbits 65", lambda: str(r.getrandbits(65)))
    step("getrandbits 200", lambda: str(r.getrandbits(200)))
    step("gauss 10 2", lambda: repr(r.gauss(10, 2)))
    step("randrange 1000000000000000000000000000000", lambda: str(r.randrange(10**30)))
    step("randrange -50 50 7", lambda: str(r.randrange(-50, 50, 7)))
    step("randrange 100 0 -3", lambda: str(r.randrange(100, 0, -3)))
    step("randrange 5 6 1", lambda: str(r.randrange(5, 6)))
    step("randint -1000000000000000000000 1000000000000000000000",
         lambda: str(r.randint(-10**21, 10**21)))
    step("choice 7", lambda: r.choice(range(7)))
    step("choice 1", lambda: r.choice(range(1)))
    step("shuffle 1", lambda: shuffled(1))
    step("shuffle 25", lambda: shuffled(25))
    step("sample 10 7", lambda: r.sample(range(10), 7))
    step("sample 30 25", lambda: r.sample(range(30), 25))
    step("sample 1000000 10", lambda: r.sample(range(1000000), 10))
    step("sample 40 6", lambda: r.sample(range(40), 6))
    step("sample 5 0", lambda: r.sample(range(5), 0))
    step("normalvariate 0 1", lambda: repr(r.normalvariate(0, 1)))
    step("normalvariate 5 0.5", lambda: repr(r.normalvariate(5, 0.5)))
    step("expovariate 1.5", lambda: repr(r.expovariate(1.5)))
    step("uniform 1 5", lambda: repr(r.uniform(1.0, 5.0)))
    step("uniform -2.5 2.5", lambda: repr(r.uniform(-2.5, 2.5)))
    step("random", lambda: repr(r.random()))
    return steps


for seed in SEEDS:
    generator = random.Random(seed)
    print(json.dumps([str(seed)] + script(generator)))

# getstate() after some draws, including a pending gauss value:
# ["state", seed, draws, first four words, last word, index, repr(gauss_next)].
for seed, draws in [(42, 3), (2**70 + 3, 700)]:
    generator = random.Random(seed)
    for _ in range(draws):
        generator.random()
    generator.gauss()
    version, words, gauss_next = generator.getstate()
    print(json.dumps(["state", str(seed), draws, list(words[:4]), words[623], words[624], repr(gauss_next)]))
