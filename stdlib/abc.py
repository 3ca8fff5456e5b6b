"""Pipebook's abc module: abstract base classes without a metaclass.

Subclass ABC (`class Shape(ABC)`) and mark methods with @abstractmethod: a class that still has
abstract methods cannot be instantiated, with CPython's error. ABC.register() declares virtual
subclasses, and __subclasshook__ customises the check, as with CPython's ABCMeta: the core calls
the __instancecheck__ and __subclasscheck__ class methods that ABC defines for isinstance() and
issubclass(), which is Pipebook's stand-in for the metaclass.

Not supported: `metaclass=ABCMeta` (Pipebook has no metaclasses; subclass ABC instead), and the
deprecated abstractclassmethod, abstractstaticmethod and abstractproperty.
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "get_cache_token", "update_abstractmethods"]

# Bumped by every register(), which invalidates the negative answers cached by the checks.
_invalidation_counter = 0


def abstractmethod(funcobj):
    """Mark a method abstract: subclasses must override it before they can be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered with any ABC."""
    return _invalidation_counter


class ABCMeta:
    """Stands for CPython's metaclass of ABCs, which Pipebook cannot provide."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("Pipebook does not support metaclasses; subclass abc.ABC instead")


def _is_abstract(value):
    """Whether a class attribute is abstract, looking through property and class/static methods."""
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) for f in (value.fget, value.fset))
    if isinstance(value, (classmethod, staticmethod)):
        try:
            function = value.__func__
        except AttributeError:
            return False
        return getattr(function, "__isabstractmethod__", False)
    return False


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__, after abstract methods were added or implemented."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(_class_attribute(cls, name)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def _class_attribute(cls, name):
    """The attribute as stored in the first class of the MRO that has it (not bound)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


class ABC:
    """Base of abstract base classes: their abstract methods block instantiation and their
    isinstance()/issubclass() checks consult registered classes and __subclasshook__."""

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _invalidation_counter
        for base in cls.__bases__:
            if "_abc_subclasses" in base.__dict__:
                base._abc_subclasses.append(cls)
        cls.__abstractmethods__ = frozenset()
        update_abstractmethods(cls)

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            plural = "s" if len(names) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{plural} {', '.join(names)}")
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Declare subclass a virtual subclass of this ABC; returns subclass (a decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidation_counter += 1
        return subclass

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    @classmethod
    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    @classmethod
    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__ or any(issubclass(subclass, r) for r in cls._abc_registry) \
                or any(issubclass(subclass, s) for s in cls._abc_subclasses):
            cls._abc_cache.add(subclass)
            return True
        cls._abc_negative_cache.add(subclass)
        return False


ABC._abc_registry = []
ABC._abc_subclasses = []
ABC._abc_cache = set()
ABC._abc_negative_cache = set()
ABC._abc_negative_cache_version = 0
ABC.__abstractmethods__ = frozenset()
