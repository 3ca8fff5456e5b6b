"""gzip for Pipebook programs: compress, decompress and open, over the engine's gzip
(_pipebook_archives). Files are read and written whole; what Pipebook writes uses stored
(uncompressed) deflate blocks, which every gzip reader accepts."""
import io

import _pipebook_archives as _native

__all__ = ["BadGzipFile", "GzipFile", "compress", "decompress", "open"]


class BadGzipFile(OSError):
    pass


def compress(data, compresslevel=9, *, mtime=None):
    return _native.gzip_compress(bytes(data))


def decompress(data):
    try:
        return _native.gzip_decompress(bytes(data))
    except OSError as error:
        raise BadGzipFile(str(error)) from None


class GzipFile:
    """A gzip file read whole on opening, or written whole on closing (Pipebook cannot
    subclass io.BytesIO, so this one holds one)."""

    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        mode = (mode or "rb").replace("t", "")
        if "b" not in mode:
            mode += "b"
        self.mode = mode
        self.name = filename if filename is not None else getattr(fileobj, "name", "")
        self._fileobj = fileobj
        self._filename = filename
        if mode.startswith("r"):
            raw = fileobj.read() if fileobj is not None else _read(filename)
            self._buffer = io.BytesIO(decompress(raw))
        else:
            self._buffer = io.BytesIO()

    @property
    def closed(self):
        return self._buffer.closed

    def read(self, size=-1):
        return self._buffer.read(size)

    def readline(self, size=-1):
        return self._buffer.readline(size)

    def readlines(self):
        return self._buffer.readlines()

    def write(self, data):
        return self._buffer.write(data)

    def seek(self, offset, whence=0):
        return self._buffer.seek(offset, whence)

    def tell(self):
        return self._buffer.tell()

    def __iter__(self):
        return iter(self._buffer.readlines())

    def close(self):
        if self._buffer.closed:
            return
        if not self.mode.startswith("r"):
            data = compress(self._buffer.getvalue())
            if self._fileobj is not None:
                self._fileobj.write(data)
            else:
                with _open(self._filename, self.mode) as f:
                    f.write(data)
        self._buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


_open = open


def _read(filename):
    with _open(filename, "rb") as f:
        return f.read()


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    if "t" in mode:
        if "r" in mode:
            text = GzipFile(filename, mode).read().decode(encoding or "utf-8", errors or "strict")
            return io.StringIO(text if newline is not None else text.replace("\r\n", "\n"))
        return _TextWriter(GzipFile(filename, mode), encoding or "utf-8")
    return GzipFile(filename, mode)


class _TextWriter:
    """Text written to a GzipFile, encoded when it is closed."""

    def __init__(self, binary, encoding):
        self._text = io.StringIO()
        self._binary = binary
        self._encoding = encoding

    @property
    def closed(self):
        return self._text.closed

    def write(self, text):
        return self._text.write(text)

    def writelines(self, lines):
        for line in lines:
            self._text.write(line)

    def close(self):
        if not self._text.closed:
            self._binary.write(self._text.getvalue().encode(self._encoding))
            self._binary.close()
            self._text.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
