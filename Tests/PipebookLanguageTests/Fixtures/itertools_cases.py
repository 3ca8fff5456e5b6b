"""Programs for ItertoolsModuleTests: see generate_module_tests.py."""

SHOW = '''
from itertools import *
import itertools
def show(text, thunk):
    try:
        r = thunk()
    except Exception as e:
        print(text, "!!", type(e).__name__, e)
    else:
        print(text, "->", r if isinstance(r, str) else repr(r))
'''


def checks(*exprs, prelude=""):
    return SHOW + prelude + "".join(f"show({e!r}, lambda: {e})\n" for e in exprs)


GROUPS = {
    "infinite": [
        checks("list(islice(count(), 5))", "list(islice(count(10, 5), 4))", "list(islice(count(1.5, 0.5), 3))",
               "list(islice(count(2**63 - 2), 4))", "list(islice(count(1, 2**62), 4))", "list(islice(count(0.5), 3))",
               "list(map(repr, islice(count(1, 0.1), 4)))", "list(islice(count(step=-1), 3))",
               "repr(count())", "repr(count(5))", "repr(count(1.5, 0.5))", "repr(count(0, 1.0))", "repr(count(2**70))",
               "repr(count(start=3, step=2))", "count(1, 2, 3)", "count('a')", "count(1, 'a')", "count(foo=1)",
               "list(islice(cycle('abc'), 8))", "list(islice(cycle([1, 2]), 0))", "list(cycle([]))", "cycle()",
               "cycle(1)", "cycle([1], 2)", "cycle(x=1)",
               "list(repeat('x', 3))", "list(zip(range(3), repeat(0)))", "repr(repeat('x', 3))", "repr(repeat('x'))",
               "repr(repeat('x', -5))", "list(repeat(1, -1))", "list(repeat(object=1, times=2))", "repeat()",
               "repeat(1, 2, 3)", "repeat(1, 'a')", "repeat(1, times=2.5)", "list(map(pow, range(5), repeat(2)))"),
        '''
from itertools import repeat, count
r = repeat(7, 3)
next(r)
print(repr(r), list(r), repr(r))
c = count(3)
next(c); next(c)
print(c, type(c).__name__, type(c), isinstance(c, count))
''',
    ],
    "terminating": [
        checks("list(accumulate([1, 2, 3, 4]))", "list(accumulate([3, 1, 4], max, initial=0))", "list(accumulate([], initial=5))",
               "list(accumulate('abc'))", "list(accumulate([1, 2], func=None))", "list(accumulate([1, 2, 3], lambda a, b: a * b))",
               "list(accumulate([]))", "accumulate()", "accumulate([1], None, 3)", "accumulate([1], initial=1, foo=2)",
               "accumulate(1)", "list(accumulate([[1], [2]], initial=[]))",
               "list(chain([1, 2], 'ab', (3,)))", "list(chain.from_iterable([[1], [2, 3], []]))", "list(chain())",
               "list(chain(1))", "chain.from_iterable()", "list(chain.from_iterable([1]))", "chain(x=1)",
               "list(chain.from_iterable(['ab', 'cd']))",
               "list(compress('abcdef', [1, 0, 1, 0, 1, 1]))", "list(compress([1, 2, 3], [1, 0]))", "compress()",
               "compress([1])", "list(compress(data=[1], selectors=[1]))",
               "list(dropwhile(lambda x: x < 3, [1, 2, 5, 1]))", "list(takewhile(lambda x: x < 3, [1, 2, 5, 1]))",
               "dropwhile()", "list(dropwhile(None, [1]))", "takewhile(1)", "list(filterfalse(None, [0, 1, '', 'a']))",
               "list(filterfalse(lambda x: x % 2, range(6)))", "filterfalse(1)", "dropwhile(lambda x: x, [1], x=1)",
               "list(starmap(pow, [(2, 3), (10, 2)]))", "starmap(pow)", "list(starmap(pow, [1]))",
               "list(starmap(lambda *a: a, ['ab', [1]]))",
               "list(islice(range(20), 2, 12, 3))", "list(islice('abcdef', 3))", "list(islice('abc', 5, None))",
               "list(islice(range(10), None, None, 2))", "list(islice(range(10), 3, None))", "list(islice(range(10), 2, 2))",
               "islice()", "islice([1])", "islice([1], -1)", "islice([1], -5)", "islice([1], 'a')", "islice([1], 1, -1)",
               "islice([1], -2, 3)", "islice([1], 0, 5, 0)", "islice([1], 0, 5, -1)", "islice([1], 1, 2, 3, 4)",
               "islice([1], 1.5)", "islice([1], 2**70)", "islice([1], 1, 2, 1.5)", "islice(1, 2)",
               "list(pairwise([1, 4, 9, 16]))", "list(pairwise('a'))", "list(pairwise([]))", "pairwise()", "pairwise(1)",
               "list(zip_longest('abc', [1]))", "list(zip_longest([1, 2], [3], fillvalue='-'))", "list(zip_longest())",
               "zip_longest(1)", "zip_longest([1], fillvalue=1, x=2)", "list(zip_longest([], [], fillvalue=0))"),
        '''
from itertools import islice, takewhile
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
it = iter(range(10))
print(list(takewhile(lambda x: x < 3, it)), next(it))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(islice((n * n for n in naturals() if n % 3 == 0), 5)))
s = islice(iter([1, 2, 3]), 1)
print(list(s), list(s))
''',
    ],
    "groupby": [
        checks("[(k, list(g)) for k, g in groupby('aaabccaa')]",
               "{k: list(g) for k, g in groupby(['apple', 'avocado', 'banana', 'cherry'], key=lambda w: w[0])}",
               "[(k, len(list(g))) for k, g in groupby(sorted([3, 1, 3, 2, 1, 3]))]", "list(groupby([]))",
               "groupby()", "groupby(1)", "groupby([1], keyfunc=None)", "[k for k, g in groupby(iterable=[1, 1, 2], key=None)]",
               "[(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])]", "type(next(groupby([1]))[1]).__name__"),
        '''
from itertools import groupby
groups = groupby("aabbbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
pairs = [(k, g) for k, g in groupby("xxyz")]
print([(k, list(g)) for k, g in pairs])
groups = groupby([1, 1, 2, 2, 3])
k, g = next(groups)
print(k, next(g))
k, g = next(groups)
print(k, list(g), [(k, list(g)) for k, g in groups])
''',
    ],
    "tee": [
        '''
from itertools import tee
a, b = tee(iter(range(4)))
print(list(a), list(b))
a, b, c = tee("abc", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
x, = tee([1, 2])
y, z = tee(x)
print(next(y), list(z), list(x))
print(tee([1], 0), len(tee([1], 5)), type(tee([1])[0]).__name__)
big, other = tee(range(200))
print(sum(big), sum(other))
for args in [(), ([1], -1), ([1], 'a'), (1,)]:
    try:
        tee(*args)
    except Exception as e:
        print(type(e).__name__, e)
''',
    ],
    "combinatorics": [
        checks("list(product('ab', [1, 2]))", "list(product([0, 1], repeat=3))", "list(product([1, 2], repeat=0))",
               "list(product())", "list(product([1], []))", "product(1)", "product([1], repeat=-1)", "product([1], foo=1)",
               "list(product([1, 2], 'ab', repeat=2))[:5]", "len(list(product(range(3), repeat=4)))",
               "list(permutations('abc'))", "len(list(permutations(range(5), 3)))", "list(permutations([1, 2, 3], 2))",
               "list(permutations([1, 2, 3], 5))", "list(permutations([1, 2], None))", "list(permutations([], 0))",
               "list(permutations([], 1))", "list(permutations('ab', 0))", "permutations()", "permutations([1], -1)",
               "permutations([1], 'a')", "list(permutations(range(4)))[-3:]",
               "list(combinations('abcd', 2))", "list(combinations(range(4), 3))", "list(combinations([1, 2, 3], 0))",
               "list(combinations('ab', 3))", "list(combinations([], 0))", "combinations([1])", "combinations([1], -1)",
               "len(list(combinations(range(10), 4)))",
               "list(combinations_with_replacement('ab', 2))", "list(combinations_with_replacement('abc', 3))[:6]",
               "list(combinations_with_replacement([], 2))", "list(combinations_with_replacement([], 0))",
               "list(combinations_with_replacement('ab', 0))", "combinations_with_replacement([1], -2)",
               "[(r, c) for r, c in product(range(2), range(3)) if r != c]"),
    ],
}
