# id() is the object's address: never negative, and the number a default repr shows.
class Plain:
    pass


objects = [Plain() for _ in range(50)] + [[], {}, object()]
print(all(id(o) >= 0 for o in objects))
print(all(hex(id(o)) in repr(o) for o in objects[:50]))
print(len({id(o) for o in objects}) == len(objects))
