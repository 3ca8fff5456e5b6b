"""gzip for Pipebook: compress, decompress and open, over zlib in `_archives`. Files are read
whole and written whole on close."""

import io
import os

import _archives

# This module defines its own open(): keep the builtin one for files.
_builtin_open = open


class BadGzipFile(OSError):
    pass


def compress(data, compresslevel=9, *, mtime=None):
    return _archives.gzip_compress(bytes(data) if not isinstance(data, bytes) else data, compresslevel)


def decompress(data):
    try:
        return _archives.gzip_decompress(data)
    except OSError as e:
        raise BadGzipFile(str(e))


class GzipFile:
    """A gzip file opened for reading ('rb') or writing ('wb', 'ab' not supported)."""

    def __init__(self, filename=None, mode="rb", compresslevel=9, fileobj=None, mtime=None):
        mode = mode.replace("b", "") or "r"
        if mode not in ("r", "w", "x"):
            raise NotImplementedError("Pipebook's gzip does not support mode %r" % mode)
        self.name = filename if filename is not None else getattr(fileobj, "name", "")
        self.mode = mode
        self._fileobj = fileobj
        self._level = compresslevel
        self.closed = False
        if mode == "r":
            if fileobj is not None:
                raw = fileobj.read()
            else:
                with _builtin_open(os.fspath(filename), "rb") as f:
                    raw = f.read()
            self._buffer = io.BytesIO(decompress(raw))
        else:
            self._buffer = io.BytesIO()

    def read(self, size=-1):
        return self._buffer.read(size)

    def readline(self):
        return self._buffer.readline()

    def write(self, data):
        if self.mode == "r":
            raise OSError("write() on read-only GzipFile object")
        return self._buffer.write(data)

    def close(self):
        if self.closed:
            return
        self.closed = True
        if self.mode != "r":
            data = compress(self._buffer.getvalue(), self._level)
            if self._fileobj is not None:
                self._fileobj.write(data)
            else:
                with _builtin_open(os.fspath(self.name), "wb" if self.mode == "w" else "xb") as f:
                    f.write(data)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __iter__(self):
        return iter(self._lines())

    def _lines(self):
        lines = []
        while True:
            line = self._buffer.readline()
            if not line:
                return lines
            lines.append(line)


class _TextGzip:
    """gzip.open in text mode: str in and out, utf-8 unless told otherwise."""

    def __init__(self, binary, encoding):
        self._binary = binary
        self._encoding = encoding or "utf-8"
        self._text = io.StringIO(binary.read().decode(self._encoding)) if binary.mode == "r" else io.StringIO()

    def read(self, size=-1):
        return self._text.read(size)

    def readline(self):
        return self._text.readline()

    def __iter__(self):
        return iter(self._text.read().splitlines(True))

    def write(self, text):
        return self._text.write(text)

    def close(self):
        if self._binary.mode != "r":
            self._binary.write(self._text.getvalue().encode(self._encoding))
        self._binary.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    binary = GzipFile(filename, mode.replace("t", ""), compresslevel)
    if "t" in mode:
        return _TextGzip(binary, encoding)
    return binary
