# PurePosixPath operations: parts, name, stem, suffix(es), parent(s), joining, with_*.
from pathlib import PurePosixPath
p = PurePosixPath("/home/user/archive.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts)
print([str(x) for x in p.parents], p.anchor, p.root, p.is_absolute())
q = PurePosixPath("docs") / "guide" / "intro.md"
print(q, q.with_suffix(".html"), q.with_name("index.md"), q.with_stem("outro"), q.is_absolute())
print(PurePosixPath("a/b") / "/abs", PurePosixPath("a", "b", "c"), PurePosixPath("a//b/./c"))
print(p.relative_to("/home"), p.is_relative_to("/home"), q.match("*.md"), q.match("docs/*.md"))
print(PurePosixPath("x.txt") == PurePosixPath("x.txt"), sorted([PurePosixPath("b"), PurePosixPath("a")]))
print(str(PurePosixPath(".")), PurePosixPath("noext").suffix == "", PurePosixPath("/").name == "")
