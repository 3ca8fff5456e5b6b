class A:
    pass


class Five:
    def __eq__(self, other):
        return 5


class Never:
    def __eq__(self, other):
        return NotImplemented


a = A()
print(a.__ne__(1), a.__eq__(1), a.__ne__(a), a != 1, a != a)
print(Five().__ne__(1), Five() != 1)
print(Never().__ne__(1), Never() != 1, Never() == Never())
o = object()
print(o.__ne__(o), o.__ne__(object()))
try:
    range(10)[10**20]
except IndexError as e:
    print("IndexError", e)
try:
    [1][10**20]
except IndexError as e:
    print("IndexError", e)
print(range(10**30)[10**20], range(10)[-1])
