# Class attributes vs instance attributes, shadowing, and shared mutable class state.
class Counter:
    instances = 0
    shared = []
    def __init__(self, name):
        Counter.instances += 1
        self.name = name
        self.shared.append(name)
a = Counter("a")
b = Counter("b")
print(Counter.instances, a.instances, b.shared is a.shared, Counter.shared)
a.instances = 100  # creates an instance attribute that shadows the class one
print(a.instances, b.instances, Counter.instances)
del a.instances
print(a.instances)
Counter.label = "added later"
print(b.label)
print(sorted(vars(a)), "name" in a.__dict__, a.__dict__["name"])
