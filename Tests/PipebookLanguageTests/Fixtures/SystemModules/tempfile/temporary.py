# tempfile: mkdtemp, mkstemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory, gettempdir; only properties are printed.
import os
import tempfile
here = os.getcwd()
print(tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()), os.path.isabs(tempfile.gettempdir()))
d = tempfile.mkdtemp(prefix="pre_", suffix="_suf", dir=here)
name = os.path.basename(d)
print(os.path.isdir(d), name.startswith("pre_"), name.endswith("_suf"), len(name), oct(os.stat(d).st_mode & 0o777), os.path.dirname(d) == here)
print(os.path.basename(tempfile.mkdtemp(dir=".")).startswith("tmp"), tempfile.mkdtemp(dir=".").startswith("./tmp"))
fd, path = tempfile.mkstemp(suffix=".dat", dir=here)
print(type(fd).__name__, os.path.isabs(path), path.endswith(".dat"), oct(os.stat(path).st_mode & 0o777))
os.write(fd, b"payload")
os.close(fd)
print(open(path, "rb").read())
rel_fd, rel_path = tempfile.mkstemp(dir=".")
os.close(rel_fd)
print(os.path.isabs(rel_path), os.path.dirname(rel_path) == here)
with tempfile.NamedTemporaryFile(dir=here) as f:
    print(type(f).__name__, f.mode, type(f.file).__name__, f.delete, os.path.exists(f.name), f.name == f.file.name)
    print(f.write(b"bytes"), f.seek(0), f.read(), f.tell())
print(os.path.exists(f.name), f.closed)
with tempfile.NamedTemporaryFile("w+", suffix=".txt", prefix="note_", dir=here, delete=False, encoding="utf-8") as g:
    g.write("text\nmore\n")
    g.seek(0)
    print(g.readline(), end="")
    print([line for line in g], os.path.basename(g.name).startswith("note_"), g.name.endswith(".txt"), g.encoding)
print(os.path.exists(g.name), open(g.name).read().count("\n"))
os.remove(g.name)
h = tempfile.NamedTemporaryFile(dir=here)
kept = h.name
h.close()
print(os.path.exists(kept))
with tempfile.TemporaryFile(dir=here) as t:
    print(type(t.name).__name__, t.write(b"abc"), t.seek(0), t.read(), t.mode)
with tempfile.TemporaryDirectory(dir=here, prefix="dir_") as tmp:
    print(type(tmp).__name__, os.path.isdir(tmp), os.path.basename(tmp).startswith("dir_"))
    os.makedirs(os.path.join(tmp, "x", "y"))
    open(os.path.join(tmp, "x", "y", "z.txt"), "w").close()
print(os.path.exists(tmp))
td = tempfile.TemporaryDirectory(dir=here)
print(repr(td).startswith("<TemporaryDirectory "), os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
try:
    tempfile.mkdtemp(dir="missing")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    tempfile.NamedTemporaryFile(foo=1)
except TypeError as e:
    print(e)
