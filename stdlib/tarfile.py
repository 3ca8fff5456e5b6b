"""tarfile for Pipebook programs: reading (plain or gzipped) and writing tar archives, over the
engine's tar reader and writer (_pipebook_archives). Enough for step scripts that unpack
model.tar.gz or pack a folder: open, getnames, getmembers, getmember, extractfile, extract,
extractall, add, addfile, close, is_tarfile."""
import io
import os

import _pipebook_archives as _native

__all__ = ["TarFile", "TarInfo", "ReadError", "TarError", "open", "is_tarfile"]


class TarError(Exception):
    pass


class ReadError(TarError):
    pass


class TarInfo:
    def __init__(self, name=""):
        self.name = name
        self.size = 0
        self.type = b"0"
        self.mode = 0o644

    def isfile(self):
        return self.type == b"0"

    isreg = isfile

    def isdir(self):
        return self.type == b"5"

    def __repr__(self):
        return "<TarInfo " + repr(self.name) + ">"


class TarFile:
    def __init__(self, name=None, mode="r", fileobj=None):
        self.name = name
        self.mode = mode
        self._compress = False
        self._contents = {}
        self._members = []
        self.closed = False
        base, _, compression = mode.partition(":")
        self._writing = base in ("w", "x", "a")
        if self._writing:
            self._compress = compression == "gz"
            if compression not in ("", "gz"):
                raise NotImplementedError("Pipebook does not support tarfile compression '" + compression + "'")
            self._fileobj = fileobj
            return
        raw = fileobj.read() if fileobj is not None else _read(name)
        try:
            entries = _native.tar_read(raw)
        except ValueError as error:
            raise ReadError(str(error)) from None
        for entry_name, is_dir, contents in entries:
            info = TarInfo(entry_name.rstrip("/"))
            info.type = b"5" if is_dir else b"0"
            info.size = len(contents)
            self._members.append(info)
            self._contents[info.name] = contents

    def getmembers(self):
        return list(self._members)

    def getnames(self):
        return [m.name for m in self._members]

    def getmember(self, name):
        for member in reversed(self._members):
            if member.name == name.rstrip("/"):
                return member
        raise KeyError("filename " + repr(name) + " not found")

    def __iter__(self):
        return iter(self._members)

    def extractfile(self, member):
        info = member if isinstance(member, TarInfo) else self.getmember(member)
        if info.isdir():
            return None
        return io.BytesIO(self._contents[info.name])

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        info = member if isinstance(member, TarInfo) else self.getmember(member)
        target = os.path.join(path, info.name)
        if info.name.startswith("/") or ".." in info.name.split("/"):
            raise TarError("member " + repr(info.name) + " would be extracted outside " + repr(path or "."))
        if info.isdir():
            os.makedirs(target, exist_ok=True)
            return
        folder = os.path.dirname(target)
        if folder:
            os.makedirs(folder, exist_ok=True)
        with _open(target, "wb") as f:
            f.write(self._contents[info.name])

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        for member in (members if members is not None else self._members):
            self.extract(member, path)

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        arcname = (arcname if arcname is not None else name).lstrip("/")
        if os.path.isdir(name):
            if recursive:
                for child in sorted(os.listdir(name)):
                    self.add(os.path.join(name, child), arcname + "/" + child if arcname else child, recursive)
            return
        info = TarInfo(arcname)
        info.size = os.path.getsize(name)
        with _open(name, "rb") as f:
            self.addfile(info, f)

    def addfile(self, tarinfo, fileobj=None):
        data = fileobj.read(tarinfo.size) if fileobj is not None else b""
        self._members.append(tarinfo)
        self._contents[tarinfo.name] = data

    def close(self):
        if self.closed:
            return
        self.closed = True
        if self._writing:
            data = _native.tar_write([(m.name, self._contents[m.name]) for m in self._members if m.isfile()])
            if self._compress:
                data = _native.gzip_compress(data)
            if self._fileobj is not None:
                self._fileobj.write(data)
            else:
                with _open(self.name, "wb") as f:
                    f.write(data)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


_open = open


def _read(name):
    with _open(name, "rb") as f:
        return f.read()


def open(name=None, mode="r", fileobj=None, bufsize=10240, **kwargs):
    if mode in ("r:*", "r|*", "r|gz", "r|"):
        mode = "r"
    return TarFile(name, mode.replace("|", ":"), fileobj)


def is_tarfile(name):
    try:
        _native.tar_read(name.read() if hasattr(name, "read") else _read(name))
        return True
    except (ValueError, OSError):
        return False
