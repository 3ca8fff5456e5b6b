"""Programs for RandomModuleTests: see generate_module_tests.py."""

SHOW = '''
import random
def show(text, thunk):
    try:
        r = thunk()
    except Exception as e:
        print(text, "!!", type(e).__name__, e)
    else:
        print(text, "->", repr(r))
random.seed(1)
'''


def checks(*exprs):
    return SHOW + "".join(f"show({e!r}, lambda: {e})\n" for e in exprs)


GROUPS = {
    "functions": [
        checks('random.randint(1)', 'random.randint(5, 1)', 'random.randint(1.0, 3)', 'random.randint(1.5, 3)', 'random.randrange()', 'random.randrange(0)', 'random.randrange(1, 1)', 'random.randrange(1, 10, 0)', 'random.randrange(10, 1, 2)', 'random.randrange(10, step=2)', "random.randrange('a')", "random.randrange(10, 'a')", 'random.randrange(1, 10, 2.5)', 'random.choice([])', 'random.choice(5)', "random.choice({1: 'a'})", "random.choice('abc')", 'random.shuffle((1, 2))', "random.shuffle('ab')", 'random.sample({1, 2}, 1)', 'random.sample([1, 2], 3)', 'random.sample([1, 2], -1)', 'random.sample([1,2])', 'random.sample(range(10), k=3, counts=[1]*10)', "random.sample(['a','b'], 3, counts=[2, 1])", "random.sample(['a','b'], 2, counts=[2])", "random.sample(['a','b'], 2, counts=[0, 0])", "random.sample(['a','b'], 2, counts=[1.5, 1])", 'random.choices([1, 2], [1])', 'random.choices([1, 2], 3)', 'random.choices([1, 2], weights=[1, 1], cum_weights=[1, 2])', 'random.choices([1, 2], [0, 0])', "random.choices([1, 2], [1, float('inf')])", 'random.choices([], k=2)', 'random.choices([1, 2], k=-1)', 'random.choices([1,2], k=2.5)', 'random.choices([1, 2], cum_weights=[1, 3], k=3)', 'random.uniform(1, 2)', "random.uniform('a', 'b')", 'random.triangular(1, 1)', 'random.triangular(0, 10, 3)', 'random.gauss()', 'random.gauss(1)', 'random.gauss(mu=1, sigma=0)', 'random.expovariate(0)'),
        checks("random.expovariate('a')", 'random.getrandbits(-1)', 'random.getrandbits(0)', 'random.getrandbits(1.5)', 'random.getrandbits(100)', 'random.randbytes(5)', 'random.randbytes(-1)', 'random.seed([1])', 'random.seed((1,2))', 'random.gammavariate(0, 1)', 'random.gammavariate(2.5, 1)', 'random.gammavariate(0.5, 2)', 'random.gammavariate(1, 3)', 'random.betavariate(2, 3)', 'random.paretovariate(2)', 'random.weibullvariate(1, 2)', 'random.lognormvariate(0, 1)', 'random.vonmisesvariate(1, 2)', 'random.vonmisesvariate(1, 0)', 'random.setstate((1, 2, 3))', "random.setstate('x')", 'random.setstate((3, (1, 2), None))', 'random.Random(5).random()', 'random.Random().seed(5)', 'type(random.Random(5))', 'random.Random(5) == random.Random(5)', 'len(random.getstate()[1])', 'random.getstate()[0]', 'random.getstate()[2]', "random.Random('x').random()"),
    ],
    "seeding": [
        '''
import random
for seed in [0, 1, -7, 2**100, True, 1.5, -0.0, "", "abc", "héllo" * 30, b"\\x00\\xff", 123456789012345678901234567890]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.getrandbits(70), random.randrange(1000))
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
r = random.Random(3)
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], state[0], len(state[1]), state[1][-1], state[2])
r.gauss()
st = r.getstate()
print(type(st[2]).__name__, r.gauss() == (r.setstate(st) or r.gauss()))
a, b = random.Random(42), random.Random(42)
print([a.randint(1, 6) for _ in range(10)] == [b.randint(1, 6) for _ in range(10)], type(a).__name__)
random.seed(42)
x = random.random()
random.seed(42)
print(x == random.random(), random.Random(42).random() == x)
''',
    ],
    "sequences": [
        '''
import random
random.seed(2024)
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])
print(random.sample(deck, 5), random.sample(range(10**9), 3), random.sample("abcdefgh", 8))
print(random.choices(["win", "lose", "draw"], weights=[0.2, 0.5, 0.3], k=10))
print(random.choices(range(5), cum_weights=[1, 1, 5, 6, 10], k=8), random.choices("xy", k=4))
print([random.choice(("a", "b", "c")) for _ in range(8)], random.choice(range(10, 20, 3)))
print(random.sample(["red", "blue"], counts=[4, 2], k=5), random.sample(list(range(100)), 30)[:5])
print([random.randrange(0, 100, 7) for _ in range(6)], [random.randrange(50, 0, -5) for _ in range(4)], random.randrange(10**30))
class Deck:
    def __init__(self):
        self.cards = list(range(6))
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
d = Deck()
random.shuffle(d)
print(d.cards, random.choice(Deck()))
''',
    ],
    "distributions": [
        '''
import random
random.seed(7)
print([round(random.gauss(0, 1), 12) for _ in range(3)], [round(random.normalvariate(10, 2), 12) for _ in range(3)])
print(round(random.expovariate(1.5), 12), round(random.triangular(0, 10, 3), 12), round(random.triangular(), 12), random.triangular(5, 5))
print([round(random.uniform(1, 2), 12) for _ in range(3)], random.uniform(3, 3), round(random.lognormvariate(0, 0.5), 12))
print(round(random.gammavariate(2.5, 1), 12), round(random.gammavariate(0.5, 2), 12), round(random.gammavariate(1, 3), 12))
print(round(random.betavariate(2, 3), 12), round(random.paretovariate(2), 12), round(random.weibullvariate(1, 2), 12))
print(round(random.vonmisesvariate(1, 2), 12), round(random.vonmisesvariate(1, 0), 12), random.randbytes(6))
print(random.gauss(mu=5, sigma=0), random.expovariate(lambd=2) > 0)
''',
    ],
}
