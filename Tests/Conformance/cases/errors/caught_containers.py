# Caught errors from containers: indexing, hashing, item assignment, removal, unpacking.
def show(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
def assign(container, index, value):
    container[index] = value
def unpack_two(values):
    a, b = values
def unpack_three(values):
    a, b, c = values
def mutate_while_iterating():
    d = {"a": 1}
    for k in d:
        d[k + "x"] = 2
show(lambda: (5)[0])
show(lambda: None[0])
show(lambda: {[1]: "list key"})
show(lambda: {{}})
show(lambda: hash([]))
show(lambda: [1, 2][2])
show(lambda: assign([1], 5, 0))
show(lambda: (1, 2)[-3])
show(lambda: "abc"[10])
show(lambda: [1, 2]["0"])
show(lambda: (1, 2)[1.0])
show(lambda: assign((1, 2), 0, 9))
show(lambda: assign("abc", 0, "z"))
show(lambda: [1, 2].remove(3))
show(lambda: [1, 2].index(5))
show(lambda: (1, 2).index(5))
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: {}.popitem())
show(lambda: {}["k"])
show(lambda: {1}.remove(3))
show(lambda: set().pop())
show(mutate_while_iterating)
show(lambda: unpack_two([1, 2, 3]))
show(lambda: unpack_three([1, 2]))
show(lambda: unpack_two(7))
show(lambda: list(5))
show(lambda: range(1, 5, 0))
show(lambda: max([]))
show(lambda: min(()))
show(lambda: sorted([1, "a"]))
show(lambda: [3, 1].sort(key=len))
show(lambda: dict([1, 2]))
show(lambda: dict([("a", 1, 2)]))
