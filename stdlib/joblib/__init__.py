"""joblib.dump and joblib.load: the files are Pipebook's pickles (gzip-compressed with
`compress=`), so a fitted scikit-learn model saved by a training script loads in a model_fn."""

import os
import pickle

import gzip as _gzip

__version__ = "1.6.0"


def dump(value, filename, compress=0, protocol=None):
    data = pickle.dumps(value)
    if compress:
        if isinstance(compress, tuple):
            method, level = compress
            if method != "gzip":
                raise NotImplementedError("Pipebook's joblib compresses with gzip only, not %s" % method)
        data = _gzip.compress(data)
    with open(os.fspath(filename), "wb") as f:
        f.write(data)
    return [os.fspath(filename)]


def load(filename, mmap_mode=None):
    if mmap_mode is not None:
        raise NotImplementedError("Pipebook's joblib does not support mmap_mode=")
    with open(os.fspath(filename), "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b" or data[:1] == b"\x78":
        data = _gzip.decompress(data)
    return pickle.loads(data)
