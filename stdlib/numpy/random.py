"""numpy.random: the legacy global generator (`np.random.seed`, `rand`, ...), `RandomState`
with numpy's exact numbers for a seed, and `default_rng` (right distributions, other numbers)."""

import _numpy
from numpy._ndarray import ndarray, _wrap, _buffer
from numpy._functions import arange, array, asarray


def _size_count(size):
    if size is None:
        return None, 1
    if isinstance(size, int):
        return (size,), size
    size = tuple(size)
    n = 1
    for d in size:
        n *= d
    return size, n


def _shaped(buffer, shape):
    a = _wrap(buffer)
    if shape is None:
        return a.tolist()[0]
    return a.reshape(shape)


class RandomState:
    """numpy's legacy generator: MT19937 with numpy's seeding and algorithms."""

    def __init__(self, seed=None):
        self._state = _numpy.random_state(seed)

    def seed(self, seed=None):
        _numpy.random_seed(self._state, seed)

    def random_sample(self, size=None):
        shape, n = _size_count(size)
        return _shaped(_numpy.random_uniform(self._state, n), shape)

    random = random_sample

    def rand(self, *dims):
        return self.random_sample(dims if dims else None)

    def randn(self, *dims):
        return self.standard_normal(dims if dims else None)

    def standard_normal(self, size=None):
        shape, n = _size_count(size)
        return _shaped(_numpy.random_normal(self._state, n), shape)

    def normal(self, loc=0.0, scale=1.0, size=None):
        x = self.standard_normal(size)
        return loc + scale * x

    def uniform(self, low=0.0, high=1.0, size=None):
        x = self.random_sample(size)
        return low + (high - low) * x

    def randint(self, low, high=None, size=None, dtype=None):
        if dtype is not None and dtype not in ("int64", int):
            raise NotImplementedError("Pipebook's numpy does not support the argument dtype= of randint")
        if high is None:
            low, high = 0, low
        shape, n = _size_count(size)
        return _shaped(_numpy.random_integers(self._state, low, high, n), shape)

    def permutation(self, x):
        if isinstance(x, int):
            a = arange(x)
        else:
            a = array(x)
        self.shuffle(a)
        return a

    def shuffle(self, x):
        if isinstance(x, ndarray):
            _numpy.random_shuffle(self._state, x._b)
            return
        if isinstance(x, list):
            order = arange(len(x))
            _numpy.random_shuffle(self._state, order._b)
            items = [x[i] for i in order.tolist()]
            x[:] = items
            return
        raise NotImplementedError("Pipebook's numpy shuffles arrays and lists only")

    def choice(self, a, size=None, replace=True, p=None):
        if p is not None:
            raise NotImplementedError("Pipebook's numpy does not support the argument p= of choice")
        pool = arange(a) if isinstance(a, int) else asarray(a)
        n = pool.shape[0]
        shape, count = _size_count(size)
        if replace:
            idx = self.randint(0, n, size=count)
        else:
            if count > n:
                raise ValueError("Cannot take a larger sample than population when 'replace=False'")
            idx = self.permutation(n)[:count]
        picked = pool[idx]
        if shape is None:
            return picked.tolist()[0]
        return picked.reshape(shape)


_global = RandomState()


def seed(seed=None):
    _global.seed(seed)


def rand(*dims):
    return _global.rand(*dims)


def randn(*dims):
    return _global.randn(*dims)


def random(size=None):
    return _global.random_sample(size)


random_sample = random


def randint(low, high=None, size=None, dtype=None):
    return _global.randint(low, high, size, dtype)


def normal(loc=0.0, scale=1.0, size=None):
    return _global.normal(loc, scale, size)


def uniform(low=0.0, high=1.0, size=None):
    return _global.uniform(low, high, size)


def standard_normal(size=None):
    return _global.standard_normal(size)


def permutation(x):
    return _global.permutation(x)


def shuffle(x):
    _global.shuffle(x)


def choice(a, size=None, replace=True, p=None):
    return _global.choice(a, size, replace, p)


class Generator:
    """`np.random.default_rng(seed)`: numpy's Generator API over Pipebook's MT19937. The
    distributions are numpy's; the numbers for a given seed are not (numpy uses PCG64)."""

    def __init__(self, seed=None):
        # Mix the seed so a Generator never repeats the legacy stream for the same seed.
        self._legacy = RandomState(None if seed is None else (seed * 2654435761 + 12345) % (2 ** 32))

    def random(self, size=None):
        return self._legacy.random_sample(size)

    def standard_normal(self, size=None):
        return self._legacy.standard_normal(size)

    def normal(self, loc=0.0, scale=1.0, size=None):
        return self._legacy.normal(loc, scale, size)

    def uniform(self, low=0.0, high=1.0, size=None):
        return self._legacy.uniform(low, high, size)

    def integers(self, low, high=None, size=None, endpoint=False):
        if high is None:
            low, high = 0, low
        if endpoint:
            high += 1
        return self._legacy.randint(low, high, size)

    def permutation(self, x):
        return self._legacy.permutation(x)

    def shuffle(self, x):
        self._legacy.shuffle(x)

    def choice(self, a, size=None, replace=True, p=None):
        return self._legacy.choice(a, size, replace, p)


def default_rng(seed=None):
    return Generator(seed)
