# os.path string functions exactly as posixpath computes them.
import os.path as p
paths = ["", "/", "//", "///", "a", "a/", "/a/b", "a/b/", "//a//b//", "./a/../b", "../..", "a/./b/.", ".hidden", "a.tar.gz",
         "dir.d/file", "a/.b.c", "..", "name.", "/x/y.z/", "~/notes", "a//b"]
for path in paths:
    print(repr(path), p.basename(path), p.dirname(path), p.split(path), p.splitext(path), p.normpath(path), p.isabs(path),
          p.splitdrive(path), p.normcase(path))
print(p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/b", "c"), p.join("", "a"), p.join("a", ""), p.join("/", "x"))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/x/y", "/a/b"), p.relpath("a", "a"), p.relpath("a/b", "c"))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b", "a/c"]), p.commonpath(["/a/b/", "/a/b"]), repr(p.commonpath(["a", "b"])))
print(p.commonprefix(["interspecies", "interstellar", "interstate"]), repr(p.commonprefix([])), p.commonprefix(["/usr/lib", "/usr/local"]))
print(p.sep, p.extsep, p.pathsep, p.curdir, p.pardir, p.altsep, p.devnull, p.defpath)
def attempt(action):
    try:
        print("ok", repr(action()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: p.join("a", 1))
attempt(lambda: p.join(1))
attempt(lambda: p.join())
attempt(lambda: p.basename())
attempt(lambda: p.basename("a", "b"))
attempt(lambda: p.basename(None))
attempt(lambda: p.relpath(""))
attempt(lambda: p.relpath("a", 1))
attempt(lambda: p.commonpath([]))
attempt(lambda: p.commonpath(["/a", "b"]))
attempt(lambda: p.isabs(3))
