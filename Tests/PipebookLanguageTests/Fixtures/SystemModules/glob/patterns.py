# glob: wildcards, character sets, hidden files, recursive **, root_dir, escape, has_magic, iglob.
import glob
import os
for path in ["a/b/c", "a/.hid/x", "d"]:
    os.makedirs(path)
for path in ["one.txt", "two.txt", "three.md", ".secret.txt", "a/x.txt", "a/b/y.txt", "a/b/c/z.txt", "a/.hid/w.txt", "d/[x].txt", "a/.dot.txt"]:
    open(path, "w").close()
def show(pattern, **options):
    print(pattern, options, sorted(glob.glob(pattern, **options)))
show("*.txt")
show("*")
show(".*")
show("?w?.*")
show("[ot]*.txt")
show("[!o]*.txt")
show("a/*")
show("a/*/*.txt")
show("*/*.txt")
show("**/*.txt")
show("**/*.txt", recursive=True)
show("**", recursive=True)
show("a/**", recursive=True)
show("a/**/", recursive=True)
show("a/.*/*")
show("*/")
show("one.txt")
show("missing.txt")
show("a/b/")
show("d/[x].txt")
show(glob.escape("d/[x].txt"))
show("*.txt", root_dir="a/b")
show("**/*.txt", root_dir="a", recursive=True)
show("")
print(glob.escape("a*b?[c]"), glob.has_magic("a*"), glob.has_magic("plain"), sorted(glob.iglob("*.md")), type(glob.iglob("*")).__name__)
