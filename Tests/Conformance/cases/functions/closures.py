# Closures capture variables, not values; late binding in loops and the default-arg fix.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])  # all see the final i
def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_fixed()])
def outer():
    msg = "before"
    def inner():
        return msg
    msg = "after"
    return inner()
print(outer())
def multiplier(n):
    def times(x):
        return x * n
    return times
double, triple = multiplier(2), multiplier(3)
print(double(7), triple(7), multiplier(4)(5))
