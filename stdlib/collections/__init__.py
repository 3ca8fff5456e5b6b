"""Pipebook's collections module: defaultdict, Counter, OrderedDict, namedtuple, deque, ChainMap,
UserDict and UserList, written in Python as CPython 3.11 behaves.

defaultdict, Counter and OrderedDict subclass dict, and the classes namedtuple makes subclass
tuple, as in CPython. Not supported: UserString, pickling (__reduce__), and the
`collections[...]` generic aliases (`deque[int]`).
"""

import sys as _sys
from itertools import chain as _chain
from itertools import repeat as _repeat
from itertools import starmap as _starmap
from keyword import iskeyword as _iskeyword

from . import abc as _abc

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "defaultdict", "deque",
           "namedtuple"]

_MISSING = object()

# Objects whose repr is being computed, so that a container holding itself prints `...`.
_repr_running = set()


def _recursive_repr(fillvalue):
    """Decorator for a __repr__ that shows fillvalue for an object already being shown."""
    def decorate(user_function):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fillvalue
            _repr_running.add(key)
            try:
                return user_function(self)
            finally:
                _repr_running.discard(key)
        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = user_function.__qualname__
        wrapper.__doc__ = user_function.__doc__
        return wrapper
    return decorate


def _update_mapping(target, other, kwds):
    """MutableMapping.update: every item goes through target's __setitem__."""
    if isinstance(other, (dict, _abc.Mapping)):
        for key in other:
            target[key] = other[key]
    elif hasattr(other, "keys"):
        for key in other.keys():
            target[key] = other[key]
    else:
        for key, value in other:
            target[key] = value
    for key, value in kwds.items():
        target[key] = value


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """A dict that calls default_factory to supply the value of a missing key."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            shown = "None"
        elif id(self) in _repr_running:
            shown = "..."
        else:
            _repr_running.add(id(self))
            try:
                shown = repr(factory)
            finally:
                _repr_running.discard(id(self))
        return f"{type(self).__name__}({shown}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################

class _OrderedDictKeysView(_abc.KeysView):
    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"

    def __reversed__(self):
        return reversed(self._mapping)


class _OrderedDictItemsView(_abc.ItemsView):
    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"

    def __reversed__(self):
        mapping = self._mapping
        return iter([(key, mapping[key]) for key in reversed(mapping)])


class _OrderedDictValuesView(_abc.ValuesView):
    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"

    def __reversed__(self):
        mapping = self._mapping
        return iter([mapping[key] for key in reversed(mapping)])


_OrderedDictKeysView.__name__ = _OrderedDictKeysView.__qualname__ = "odict_keys"
_OrderedDictItemsView.__name__ = _OrderedDictItemsView.__qualname__ = "odict_items"
_OrderedDictValuesView.__name__ = _OrderedDictValuesView.__qualname__ = "odict_values"


class OrderedDict(dict):
    """A dict that can reorder its keys (move_to_end) and whose equality with another
    OrderedDict depends on the order."""

    def __init__(self, other=(), /, **kwds):
        _update_mapping(self, other, kwds)

    def update(self, other=(), /, **kwds):
        _update_mapping(self, other, kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, the last one inserted or (last=False) the first."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing key to the end, or (last=False) to the beginning."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def keys(self):
        return _OrderedDictKeysView(self)

    def items(self):
        return _OrderedDictItemsView(self)

    def values(self):
        return _OrderedDictValuesView(self)

    def pop(self, key, default=_MISSING):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_recursive_repr("...")
    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self.items())!r})"

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(a == b for a, b in zip(self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### namedtuple
################################################################################

def _field_property(index):
    """The read-only attribute that names field number index of a named tuple."""
    def get(self):
        return self[index]

    def refuse_set(self, value):
        raise AttributeError("can't set attribute")

    def refuse_delete(self):
        raise AttributeError("can't delete attribute")

    return property(get, refuse_set, refuse_delete, f"Alias for field number {index}")


def _argument_list(names):
    """'x', "'x' and 'y'", "'x', 'y', and 'z'": how CPython lists missing arguments."""
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _bind_fields(qualname, field_names, defaults, args, kwargs):
    """The field values of a call to a named tuple class, with the errors CPython's generated
    __new__(_cls, field...) would raise."""
    count = len(field_names)
    values = list(args[:count])
    for name, value in kwargs.items():
        if name not in field_names:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{name}'")
        if field_names.index(name) < len(args):
            raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
    if len(args) > count:
        required = count - len(defaults)
        if defaults:
            takes = f"from {required + 1} to {count + 1} positional arguments"
        else:
            takes = f"{count + 1} positional argument" + ("" if count == 0 else "s")
        raise TypeError(f"{qualname}() takes {takes} but {len(args) + 1} were given")
    missing = []
    first_default = count - len(defaults)
    for index in range(len(args), count):
        name = field_names[index]
        if name in kwargs:
            values.append(kwargs[name])
        elif index >= first_default:
            values.append(defaults[index - first_default])
        else:
            values.append(None)
            missing.append(name)
    if missing:
        plural = "" if len(missing) == 1 else "s"
        raise TypeError(f"{qualname}() missing {len(missing)} required positional argument{plural}: "
                        f"{_argument_list(missing)}")
    return values


def _caller_module():
    """The __name__ of the module calling namedtuple (CPython reads it from the caller's frame)."""
    try:
        return _sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new subclass of tuple with named fields: Point = namedtuple('Point', ['x', 'y'])."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if _iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    else:
        defaults = ()

    fields = tuple(field_names)
    num_fields = len(fields)
    new_qualname = f"{typename}.__new__"

    def __new__(_cls, *args, **kwargs):
        return tuple.__new__(_cls, _bind_fields(new_qualname, fields, defaults, args, kwargs))

    __new__.__qualname__ = new_qualname
    __new__.__doc__ = f"Create new instance of {typename}({', '.join(fields)})"

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
        return f"{self.__class__.__name__}({shown})"

    def _asdict(self):
        """A new dict mapping field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __setattr__(self, name, value):
        # CPython's named tuples have no instance __dict__ (__slots__ = ()); their subclasses do.
        if type(self) is result_class and name not in fields:
            raise AttributeError(f"'{typename}' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    namespace = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__module__": module if module is not None else _caller_module(),
        "__new__": __new__,
        "__repr__": __repr__,
        "__getnewargs__": __getnewargs__,
        "__setattr__": __setattr__,
        "__match_args__": fields,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "_make": _make,
        "_replace": _replace,
        "_asdict": _asdict,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index)
    result_class = type(typename, (tuple,), namespace)
    return result_class


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    """Count the elements of iterable into mapping."""
    get = mapping.get
    for element in iterable:
        mapping[element] = get(element, 0) + 1


class Counter(dict):
    """A dict that counts hashable items: Counter('abracadabra').most_common(2)."""

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements and their counts, most common first; ties keep the
        order in which the elements were first counted."""
        ordered = sorted(self.items(), key=lambda item: item[1], reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        """An iterator over the elements, each repeated as many times as its count."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, (dict, _abc.Mapping)):
                if self:
                    self_get = self.get
                    for element, count in iterable.items():
                        self[element] = count + self_get(element, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may become zero or negative."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, (dict, _abc.Mapping)):
                for element, count in iterable.items():
                    self[element] = self_get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = self_get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, element):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if element in self:
            dict.__delitem__(self, element)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f"{self.__class__.__name__}({shown!r})"

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            new_count = count + other[element]
            if new_count > 0:
                result[element] = new_count
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            new_count = count - other[element]
            if new_count > 0:
                result[element] = new_count
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            new_count = other_count if count < other_count else count
            if new_count > 0:
                result[element] = new_count
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            new_count = count if count < other_count else other_count
            if new_count > 0:
                result[element] = new_count
        return result

    def __pos__(self):
        """Drops the zero and negative counts."""
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        """Negates the counts, keeping only those that become positive."""
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def _keep_positive(self):
        """Drop the zero and negative counts, in place."""
        nonpositive = [element for element, count in self.items() if not count > 0]
        for element in nonpositive:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for element, other_count in other.items():
            count = self[element]
            if other_count > count:
                self[element] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for element, count in self.items():
            other_count = other[element]
            if other_count < count:
                self[element] = other_count
        return self._keep_positive()


################################################################################
### deque
################################################################################

class _deque_iterator:
    """Iterates over a deque, failing if the deque changes meanwhile (as CPython's does)."""

    def __init__(self, deque, reverse):
        self._deque = deque
        self._state = deque._state
        self._items = deque._snapshot()
        if reverse:
            self._items.reverse()
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= len(self._items):
            raise StopIteration
        if self._deque._state != self._state:
            self._index = len(self._items)
            raise RuntimeError("deque mutated during iteration")
        item = self._items[self._index]
        self._index += 1
        return item


_deque_iterator.__module__ = "_collections"


class deque:
    """A list-like sequence with fast appends and pops on either end, optionally bounded
    by maxlen (then adding to one end discards items from the other)."""

    # The items are self._left reversed followed by self._right, so that both ends are the ends
    # of Python lists; _state counts changes for the iterators.

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if type(maxlen) is bool or not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """The maximum size of the deque, or None if unbounded."""
        return self._maxlen

    def _snapshot(self):
        return self._left[::-1] + self._right

    def _reset(self, items):
        self._left = []
        self._right = list(items)
        self._state += 1

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def _full(self):
        return self._maxlen is not None and len(self) >= self._maxlen

    def append(self, x):
        """Add x to the right end."""
        self._state += 1
        if self._maxlen == 0:
            return
        if self._full():
            self._pop_left()
        self._right.append(x)

    def appendleft(self, x):
        """Add x to the left end."""
        self._state += 1
        if self._maxlen == 0:
            return
        if self._full():
            self._pop_right()
        self._left.append(x)

    def _pop_right(self):
        if not self._right:
            half = (len(self._left) + 1) // 2
            self._right = self._left[:half][::-1]
            self._left = self._left[half:]
        return self._right.pop()

    def _pop_left(self):
        if not self._left:
            half = (len(self._right) + 1) // 2
            self._left = self._right[:half][::-1]
            self._right = self._right[half:]
        return self._left.pop()

    def pop(self):
        """Remove and return the rightmost item."""
        if not self:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._pop_right()

    def popleft(self):
        """Remove and return the leftmost item."""
        if not self:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._pop_left()

    def extend(self, iterable):
        """Add the elements of iterable to the right end."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Add the elements of iterable to the left end, one by one (so in reverse order)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove every item."""
        self._reset([])

    def copy(self):
        """A shallow copy."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        """The number of items equal to x."""
        state = self._state
        n = 0
        for item in self._snapshot():
            if item is x or item == x:
                n += 1
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, x, start=0, stop=_sys.maxsize):
        """The position of the first item equal to x, searching items start to stop."""
        items = self._snapshot()
        n = len(items)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        state = self._state
        for i in range(start, min(stop, n)):
            item = items[i]
            if item is x or item == x:
                return i
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        """Insert x before position i."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._snapshot()
        items.insert(i, x)
        self._reset(items)

    def remove(self, value):
        """Remove the first item equal to value."""
        items = self._snapshot()
        for i, item in enumerate(items):
            if item is value or item == value:
                del items[i]
                self._reset(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse the items in place."""
        self._left, self._right = self._right, self._left
        self._state += 1

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left if n is negative)."""
        length = len(self)
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        items = self._snapshot()
        self._reset(items[length - n:] + items[:length - n])

    def _position(self, i):
        if type(i) is bool or not isinstance(i, int):
            if hasattr(i, "__index__"):
                i = i.__index__()
            else:
                raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        length = len(self)
        if i < 0:
            i += length
        if i < 0 or i >= length:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        i = self._position(i)
        left = len(self._left)
        if i < left:
            return self._left[left - 1 - i]
        return self._right[i - left]

    def __setitem__(self, i, x):
        i = self._position(i)
        left = len(self._left)
        if i < left:
            self._left[left - 1 - i] = x
        else:
            self._right[i - left] = x

    def __delitem__(self, i):
        i = self._position(i)
        items = self._snapshot()
        del items[i]
        self._reset(items)

    def __contains__(self, x):
        state = self._state
        for item in self._snapshot():
            if item is x or item == x:
                return True
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    @_recursive_repr("[...]")
    def __repr__(self):
        items = repr(self._snapshot())
        if self._maxlen is None:
            return f"{type(self).__name__}({items})"
        return f"{type(self).__name__}({items}, maxlen={self._maxlen})"

    def __hash__(self):
        # CPython names its C type in the message; collections.abc knows deques are unhashable.
        name = "collections.deque" if type(self) is deque else type(self).__name__
        raise TypeError(f"unhashable type: '{name}'")

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._snapshot(), other._snapshot())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        items = self._snapshot()
        if n <= 0 or not items:
            self.clear()
            return self
        self._reset([])
        for _ in range(n):
            self.extend(items)
        return self


_abc._UNHASHABLE.add(deque)


################################################################################
### ChainMap
################################################################################

class ChainMap(_abc.MutableMapping):
    """Several mappings seen as one: lookups search them in order; writes, updates and
    deletions go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr("...")
    def __repr__(self):
        return f"{self.__class__.__name__}({', '.join(map(repr, self.maps))})"

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of the first map and the same other maps."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with a new map (m, or a new dict) followed by the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of every map but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        """Remove and return an item from the first map."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        """Remove key from the first map and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        """Empty the first map."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _abc.Mapping)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, (dict, _abc.Mapping)):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
### UserDict, UserList
################################################################################

class UserDict(_abc.MutableMapping):
    """A mapping whose items live in the dict self.data, for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_abc.MutableSequence):
    """A list-like sequence whose items live in the list self.data, for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)
