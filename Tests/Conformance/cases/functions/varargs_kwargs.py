# *args and **kwargs collection and forwarding.
def collect(a, *args, b=0, **kwargs):
    return a, args, b, kwargs
print(collect(1))
print(collect(1, 2, 3))
print(collect(1, 2, b=5, c=6, d=7))
print(collect(*[9, 8], **{"b": 1, "z": 2}))
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(0, "x", y="why"))
def total(*nums):
    return sum(nums), type(nums).__name__
print(total(), total(1, 2, 3))
def options(**opts):
    return sorted(opts.items())
print(options(b=2, a=1), type({}).__name__)
