"""train_test_split, with scikit-learn's ShuffleSplit permutation (numpy's RandomState)."""

import math
import numpy as np


def _random_state(seed):
    if seed is None:
        return np.random._global
    if isinstance(seed, int):
        return np.random.RandomState(seed)
    if isinstance(seed, np.random.RandomState):
        return seed
    raise ValueError("%r cannot be used to seed a numpy.random.RandomState instance" % (seed,))


def _sizes(n, test_size, train_size):
    if test_size is None and train_size is None:
        test_size = 0.25
    if isinstance(test_size, float):
        n_test = math.ceil(test_size * n)
    elif test_size is not None:
        n_test = test_size
    if isinstance(train_size, float):
        n_train = math.floor(train_size * n)
    elif train_size is not None:
        n_train = train_size
    if test_size is None:
        n_test = n - n_train
    if train_size is None:
        n_train = n - n_test
    if n_train + n_test > n:
        raise ValueError("The sum of train_size and test_size = %d, should be smaller than the number of samples %d. "
                         "Reduce test_size and/or train_size." % (n_train + n_test, n))
    if n_train == 0:
        raise ValueError("With n_samples=%d, test_size=%r and train_size=%r, the resulting train set will be empty. "
                         "Adjust any of the aforementioned parameters." % (n, test_size, train_size))
    return n_train, n_test


def _take(a, positions):
    if hasattr(a, "iloc"):
        return a.iloc[positions]
    if isinstance(a, np.ndarray):
        return a[positions]
    return [a[i] for i in positions.tolist()]


def train_test_split(*arrays, test_size=None, train_size=None, random_state=None, shuffle=True, stratify=None):
    if stratify is not None:
        raise NotImplementedError("Pipebook's scikit-learn does not support stratify= in train_test_split")
    if not arrays:
        raise ValueError("At least one array required as input")
    n = len(arrays[0])
    for a in arrays[1:]:
        if len(a) != n:
            raise ValueError("Found input variables with inconsistent numbers of samples: %r" % [len(x) for x in arrays])
    n_train, n_test = _sizes(n, test_size, train_size)
    if shuffle:
        permutation = _random_state(random_state).permutation(n)
        test = permutation[:n_test]
        train = permutation[n_test:n_test + n_train]
    else:
        train = np.arange(n_train)
        test = np.arange(n_train, n_train + n_test)
    result = []
    for a in arrays:
        result.append(_take(a, train))
        result.append(_take(a, test))
    return result
