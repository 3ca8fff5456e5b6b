# dict keys and items views compare as sets (==, <, <=...); values views only by identity.
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
print(keys == {"a", "b"}, keys != {"a"}, {"a", "b"} == keys, keys == frozenset("ab"))
print(keys == ["a", "b"], keys < {"a", "b", "c"}, keys <= {"a", "b"}, keys > {"a"}, keys >= {"z"})
print(items == {("a", 1), ("b", 2)}, items == keys, keys == {"a": 0, "b": 0}.keys())
print(values == values, values == d.values(), values != values)
print(keys.__eq__({"a", "b"}), keys.__eq__([1]), keys.__lt__({"a", "b", "c"}))
import collections.abc as abc
print(isinstance(keys, abc.KeysView), isinstance(values, abc.ValuesView), isinstance(items, abc.ItemsView),
      isinstance(keys, abc.Set), isinstance(values, abc.Set))
try:
    keys < [1]
except TypeError as e:
    print(e)
