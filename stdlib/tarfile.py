"""tarfile for Pipebook: reading and writing tar archives, plain or gzip-compressed (model.tar.gz),
over `_archives`. Archives are read whole and written whole on close."""

import io
import os

import _archives

# This module defines its own open(): keep the builtin one for files.
_builtin_open = open
import gzip as _gzip

REGTYPE = b"0"
DIRTYPE = b"5"
SYMTYPE = b"2"


class TarError(Exception):
    pass


class ReadError(TarError):
    pass


class CompressionError(TarError):
    pass


class TarInfo:
    def __init__(self, name=""):
        self.name = name
        self.size = 0
        self.mode = 0o644
        self.mtime = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uid = self.gid = 0
        self.uname = self.gname = ""
        self._data = b""

    def isfile(self):
        return self.type == REGTYPE

    isreg = isfile

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def __repr__(self):
        return "<TarInfo %r>" % self.name


_KINDS = {"file": REGTYPE, "dir": DIRTYPE, "symlink": SYMTYPE}
_NAMES = {REGTYPE: "file", DIRTYPE: "dir", SYMTYPE: "symlink"}


class TarFile:
    def __init__(self, name=None, mode="r", fileobj=None, compression=None):
        self.name = os.fspath(name) if name is not None else getattr(fileobj, "name", None)
        self.mode = mode
        self._fileobj = fileobj
        self._compression = compression
        self.members = []
        self.closed = False
        if mode == "r":
            raw = fileobj.read() if fileobj is not None else _read_file(self.name)
            if raw[:2] == b"\x1f\x8b":
                if compression not in (None, "gz"):
                    raise ReadError("file could not be opened successfully")
                raw = _gzip.decompress(raw)
            elif compression == "gz":
                raise ReadError("not a gzip file")
            try:
                entries = _archives.tar_read(raw)
            except OSError as e:
                raise ReadError(str(e))
            for name, kind, mode_bits, mtime, linkname, data in entries:
                info = TarInfo(name)
                info.type = _KINDS[kind]
                info.mode = mode_bits
                info.mtime = mtime
                info.linkname = linkname
                info.size = len(data)
                info._data = data
                self.members.append(info)

    # -- reading --

    def getmembers(self):
        return list(self.members)

    def getnames(self):
        return [m.name for m in self.members]

    def getmember(self, name):
        for m in reversed(self.members):
            if m.name == name:
                return m
        raise KeyError("filename %r not found" % name)

    def __iter__(self):
        return iter(list(self.members))

    def extractfile(self, member):
        if isinstance(member, str):
            member = self.getmember(member)
        if not member.isfile():
            return None
        return io.BytesIO(member._data)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        if isinstance(member, str):
            member = self.getmember(member)
        self._extract_one(member, path or ".")

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        if filter not in (None, "data", "tar", "fully_trusted"):
            raise NotImplementedError("Pipebook's tarfile does not support a filter function")
        for member in (members if members is not None else self.members):
            self._extract_one(member, os.fspath(path))

    def _extract_one(self, member, path):
        target = os.path.join(path, member.name)
        if member.isdir():
            os.makedirs(target, exist_ok=True)
            return
        parent = os.path.dirname(target)
        if parent:
            os.makedirs(parent, exist_ok=True)
        if member.issym():
            if os.path.lexists(target):
                os.remove(target)
            os.symlink(member.linkname, target)
            return
        with _builtin_open(target, "wb") as f:
            f.write(member._data)
        os.chmod(target, member.mode & 0o7777)
        os.utime(target, (member.mtime, member.mtime))

    # -- writing --

    def _check_writable(self):
        if self.mode == "r":
            raise OSError("bad operation for mode 'r'")

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        self._check_writable()
        name = os.fspath(name)
        arcname = os.fspath(arcname) if arcname is not None else name
        arcname = arcname.lstrip("/")
        while arcname.startswith("./"):
            arcname = arcname[2:]
        info = self.gettarinfo(name, arcname)
        if filter is not None:
            info = filter(info)
            if info is None:
                return
        if info.isfile():
            info._data = _read_file(name)
            info.size = len(info._data)
        self.members.append(info)
        if info.isdir() and recursive:
            for child in sorted(os.listdir(name)):
                self.add(os.path.join(name, child), os.path.join(arcname, child) if arcname else child, recursive,
                         filter=filter)

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        st = os.lstat(name)
        info = TarInfo(arcname if arcname is not None else name)
        info.mode = st.st_mode & 0o7777
        info.mtime = int(st.st_mtime)
        if os.path.islink(name):
            info.type = SYMTYPE
            info.linkname = os.readlink(name)
        elif os.path.isdir(name):
            info.type = DIRTYPE
        else:
            info.size = st.st_size
        return info

    def addfile(self, tarinfo, fileobj=None):
        self._check_writable()
        if tarinfo.isfile():
            tarinfo._data = fileobj.read(tarinfo.size) if fileobj is not None else b""
            tarinfo.size = len(tarinfo._data)
        self.members.append(tarinfo)

    def close(self):
        if self.closed:
            return
        self.closed = True
        if self.mode == "r":
            return
        entries = [(m.name, _NAMES[m.type], m.mode, m.mtime, m.linkname, m._data) for m in self.members]
        data = _archives.tar_write(entries)
        if self._compression == "gz":
            data = _gzip.compress(data)
        if self._fileobj is not None:
            self._fileobj.write(data)
        else:
            with _builtin_open(self.name, "wb" if self.mode == "w" else "xb") as f:
                f.write(data)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def _read_file(path):
    with _builtin_open(path, "rb") as f:
        return f.read()


def open(name=None, mode="r", fileobj=None, bufsize=10240, **kwargs):
    """tarfile.open: modes r, r:*, r:, r:gz, w, w:, w:gz, x, x:gz (and the | stream forms)."""
    kind, _, compression = mode.replace("|", ":").partition(":")
    if kind not in ("r", "w", "x"):
        raise NotImplementedError("Pipebook's tarfile does not support mode %r" % mode)
    if compression in ("bz2", "xz"):
        raise CompressionError("Pipebook's tarfile supports gzip compression only, not %s" % compression)
    if compression not in ("", "*", "gz"):
        raise ValueError("unknown compression method %r" % compression)
    if kind == "r":
        return TarFile(name, "r", fileobj, "gz" if compression == "gz" else None)
    return TarFile(name, kind, fileobj, "gz" if compression == "gz" else None)


def is_tarfile(name):
    try:
        open(name).close()
        return True
    except (TarError, OSError):
        return False
