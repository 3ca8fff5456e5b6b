# os.path string operations: join, basename, dirname, split, splitext, normpath, isabs.
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a/", "b"))
for p in ["/usr/lib/python3.11/os.py", "relative/file.tar.gz", "noext", "/trailing/", ".hidden", "dir.d/file"]:
    print(repr(p), os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.sep, os.path.extsep)
