"""Pipebook's collections.abc: CPython 3.11's abstract base classes for containers, with their
mixin methods, built on Pipebook's abc.ABC.

isinstance() and issubclass() work for the builtin types as in CPython
(`isinstance({}, MutableMapping)`, `isinstance([], Hashable)` is False) and for classes that
subclass these ABCs, register with them or have the methods a one-method ABC asks for
(`__iter__` for Iterable). The asynchronous ABCs (Awaitable, Coroutine, AsyncIterable,
AsyncIterator, AsyncGenerator) are not supported: Pipebook has no async.
"""

from abc import ABC, abstractmethod

__all__ = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]

# Pipebook's builtin types do not list their special methods in __dict__ as CPython's do; these
# are the ones the one-method ABCs below ask about.
_dict_view_methods = {"__iter__", "__len__", "__contains__", "__reversed__"}
_BUILTIN_METHODS = {
    list: {"__iter__", "__len__", "__contains__", "__getitem__", "__reversed__"},
    tuple: {"__iter__", "__len__", "__contains__", "__getitem__", "__hash__"},
    str: {"__iter__", "__len__", "__contains__", "__getitem__", "__hash__"},
    bytes: {"__iter__", "__len__", "__contains__", "__getitem__", "__hash__"},
    range: {"__iter__", "__len__", "__contains__", "__getitem__", "__reversed__", "__hash__"},
    dict: {"__iter__", "__len__", "__contains__", "__getitem__", "__reversed__"},
    set: {"__iter__", "__len__", "__contains__"},
    frozenset: {"__iter__", "__len__", "__contains__", "__hash__"},
    type({}.keys()): _dict_view_methods,
    type({}.values()): {"__iter__", "__len__", "__reversed__"},
    type({}.items()): _dict_view_methods,
    type: {"__call__", "__hash__"},
    type(len): {"__call__", "__hash__"},
    type(abstractmethod): {"__call__", "__hash__"},
    type(ABC.register): {"__call__", "__hash__"},
}
# The builtin types whose __hash__ is None.
_UNHASHABLE = {list, dict, set, type({}.keys()), type({}.values()), type({}.items())}


def _check_methods(C, *methods):
    """True if C or a class of its MRO defines each method (not as None), else NotImplemented."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method == "__hash__" and B in _UNHASHABLE:
                return NotImplemented
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
            if method in _BUILTIN_METHODS.get(B, ()):
                break
        else:
            return NotImplemented
    return True


class _IndexIterator:
    """Iterates over a Sequence through its __getitem__, from index 0 until IndexError."""

    def __init__(self, sequence):
        self._sequence = sequence
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._sequence is None:
            raise StopIteration
        try:
            value = self._sequence[self._index]
        except IndexError:
            self._sequence = None
            raise StopIteration
        self._index += 1
        return value


class _ReversedIndexIterator:
    """Iterates over a Sequence backwards through __len__ and __getitem__."""

    def __init__(self, sequence):
        self._sequence = sequence
        self._index = len(sequence)

    def __iter__(self):
        return self

    def __next__(self):
        self._index -= 1
        if self._index < 0:
            raise StopIteration
        return self._sequence[self._index]


class _MappingValuesIterator:
    """The values (or, with items=True, the (key, value) pairs) of a mapping, read lazily."""

    def __init__(self, mapping, items):
        self._mapping = mapping
        self._keys = iter(mapping)
        self._items = items

    def __iter__(self):
        return self

    def __next__(self):
        key = next(self._keys)
        value = self._mapping[key]
        return (key, value) if self._items else value


### ONE-TRICK PONIES ###

class Hashable(ABC):

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Iterable(ABC):

    @abstractmethod
    def __iter__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented


class Iterator(Iterable):

    @abstractmethod
    def __next__(self):
        """Return the next item from the iterator. When exhausted, raise StopIteration"""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, "__iter__", "__next__")
        return NotImplemented


class Reversible(Iterable):

    @abstractmethod
    def __reversed__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):

    def __next__(self):
        """Return the next item from the generator. When exhausted, raise StopIteration."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator. Return next yielded value or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the generator. Return next yielded value or raise StopIteration."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        """Raise GeneratorExit inside generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, "__iter__", "__next__", "send", "throw", "close")
        return NotImplemented


class Sized(ABC):

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(ABC):

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented


class Collection(Sized, Iterable, Container):

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(ABC):

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented


### SETS ###

class Set(Collection):
    """A finite, iterable container with set comparisons and operators; concrete subclasses
    provide __contains__, __iter__ and __len__."""

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """How the operators build their result from an iterable; override it when the
        constructor takes other arguments."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([value for value in other if value in self])

    __rand__ = __and__

    def isdisjoint(self, other):
        """Return True if two sets have a null intersection."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([e for s in (self, other) for e in s])

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable([value for value in self if value not in other])

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable([value for value in other if value not in self])

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """The hash of a frozen Set, computed as frozenset's is; subclasses that are hashable
        set __hash__ = Set._hash."""
        MAX = 9223372036854775807
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    """A Set that can change; concrete subclasses provide add and discard too."""

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element.  Do not raise an exception if absent."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element. If not a member, raise a KeyError."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Return the popped value.  Raise KeyError if empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """This is slow (creates N new iterators!) but effective."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [value for value in self if value not in it]:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in list(it):
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in list(it):
                self.discard(value)
        return self


### MAPPINGS ###

class Mapping(Collection):
    """A read-only mapping; concrete subclasses provide __getitem__, __iter__ and __len__."""

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return KeysView(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return ItemsView(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._mapping!r})"


class KeysView(MappingView, Set):

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(MappingView, Set):

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        return _MappingValuesIterator(self._mapping, True)


class ValuesView(MappingView, Collection):

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        return _MappingValuesIterator(self._mapping, False)


class MutableMapping(Mapping):
    """A mapping that can change; concrete subclasses provide __setitem__ and __delitem__ too."""

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        """D.pop(k[,d]) -> v, remove specified key and return the corresponding value.
          If key is not found, d is returned if given, otherwise KeyError is raised."""
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        """D.popitem() -> (k, v), remove and return some (key, value) pair
           as a 2-tuple; but raise KeyError if D is empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """D.clear() -> None.  Remove all items from D."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """ D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


### SEQUENCES ###

class Sequence(Reversible, Collection):
    """A read-only sequence; concrete subclasses provide __getitem__ and __len__."""

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        return _IndexIterator(self)

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        return _ReversedIndexIterator(self)

    def index(self, value, start=0, stop=None):
        """S.index(value, [start, [stop]]) -> integer -- return first index of value.
           Raises ValueError if the value is not present."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)

        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """S.count(value) -> integer -- return number of occurrences of value"""
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """This unifies bytes and bytearray."""


class MutableSequence(Sequence):
    """A sequence that can change; concrete subclasses provide __setitem__, __delitem__ and
    insert too."""

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """S.insert(index, value) -- insert value before index"""
        raise IndexError

    def append(self, value):
        """S.append(value) -- append value to the end of the sequence"""
        self.insert(len(self), value)

    def clear(self):
        """S.clear() -> None -- remove all items from S"""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """S.reverse() -- reverse *IN PLACE*"""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """S.extend(iterable) -- extend sequence by appending elements from the iterable"""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """S.pop([index]) -> item -- remove and return item at index (default last).
           Raise IndexError if list is empty or index is out of range."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """S.remove(value) -- remove first occurrence of value.
           Raise ValueError if the value is not present."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


def _builtin_types():
    """The types of the builtin iterators, views and callables, registered as CPython does."""
    def generator():
        yield
    iterators = [iter(b""), iter({}), iter({}.values()), iter({}.items()), iter([]),
                 reversed([]), iter(range(0)), iter(set()), iter(""), iter(()), zip(),
                 map(len, ()), filter(None, ()), enumerate(()), reversed({})]
    return {
        Iterator: [type(it) for it in iterators],
        Generator: [type(generator())],
        KeysView: [type({}.keys())],
        ValuesView: [type({}.values())],
        ItemsView: [type({}.items())],
        Callable: [type, type(len), type(generator), type(ABC.register)],
        Set: [frozenset],
        MutableSet: [set],
        MutableMapping: [dict],
        Sequence: [tuple, str, range],
        ByteString: [bytes],
        MutableSequence: [list],
    }


for _abc_class, _types in _builtin_types().items():
    for _type in _types:
        if not issubclass(_type, _abc_class):
            _abc_class.register(_type)
del _abc_class, _types, _type
