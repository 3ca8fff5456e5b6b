# functools.reduce (with and without initializer) and functools.partial.
from functools import partial, reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, ch: ch + acc, "abc", ""), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
base2 = partial(int, base=2)
print(base2("1010"), base2("11"))
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), partial(power, 2)(10))
print(square.func.__name__, square.args, square.keywords)
