# os.walk top-down (with pruning), bottom-up, onerror; os.scandir entries.
import os
for path in ["tree/a/deep", "tree/b", "tree/.hidden"]:
    os.makedirs(path)
for path in ["tree/top.txt", "tree/a/one.txt", "tree/a/deep/two.txt", "tree/b/three.txt"]:
    open(path, "w").close()
def walk(**options):
    return sorted((root, sorted(dirs), sorted(files)) for root, dirs, files in os.walk("tree", **options))
for entry in walk():
    print(entry)
print(walk(topdown=False) == walk())
order = [root for root, dirs, files in os.walk("tree", topdown=False)]
print(order.index("tree/a/deep") < order.index("tree/a"), order[-1])
pruned = []
for root, dirs, files in os.walk("tree"):
    dirs[:] = [d for d in dirs if not d.startswith(".") and d != "deep"]
    pruned.append(root)
print(sorted(pruned))
errors = []
print(list(os.walk("missing")), list(os.walk("missing", onerror=lambda e: errors.append(type(e).__name__))), errors)
print(type(os.walk("tree")).__name__)
with os.scandir("tree") as entries:
    found = sorted((e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries)
for item in found:
    print(item)
print(sorted(e.path for e in os.scandir()), [repr(e) for e in os.scandir("tree/b")])
entry = next(iter(os.scandir("tree/b")))
print(entry.stat().st_size, os.fspath(entry), entry.is_dir(follow_symlinks=False))
try:
    os.scandir("missing")
except FileNotFoundError as e:
    print(e)
