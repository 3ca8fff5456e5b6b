# os.path and PurePosixPath on a grid of awkward paths: normpath, split, join, relpath, relative_to, match.
import os, os.path as P
os.chdir("/")  # relpath of relative paths depends on the working directory
from pathlib import PurePosixPath as PP
paths = ["", ".", "..", "/", "//", "///", "a", "a/", "a/b", "/a/b/", "a//b", "./a", "../a", "a/./b", "a/../b", "/..", "//a/../b",
         ".a", "a.", "a.b.c", "/a.b/c", "a/.b", "..a", "a..", "a/b.", "~", "~/a", "x/~"]
for p in paths:
    print(repr(p), P.normpath(p), P.split(p), P.splitext(p), P.basename(p), P.dirname(p), P.join(p, "x"), P.join("x", p))
    q = PP(p)
    print(repr(p), str(q), q.parts, q.name, q.suffix, q.suffixes, q.stem, str(q.parent), [str(x) for x in q.parents])
    for other in ["a", "/a", "a/b", "", "/"]:
        try:
            print(P.relpath(p or ".", other or "."), end=" ")
        except Exception as e:
            print(type(e).__name__, end=" ")
        try:
            print(str(q.relative_to(other)), end=" ")
        except Exception as e:
            print(type(e).__name__, end=" ")
        print(q.match(other) if other else "", end=" | ")
    print()
for group in [["/a/b", "/a/c"], ["a", "a/b"], ["/", "/a"], ["a/b/c", "a/b/d", "a/x"], ["", "a"], [".", "./a"]]:
    try:
        print(P.commonpath(group), P.commonprefix(group))
    except Exception as e:
        print(type(e).__name__, e)
