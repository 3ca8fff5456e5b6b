# shutil: copyfile, copy, copy2, copytree (ignore, dirs_exist_ok), move, rmtree, which, errors.
import os
import shutil
def attempt(action):
    try:
        print("ok", repr(action()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def listing(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, files in os.walk(root) for f in files)
os.makedirs("src/nested/deeper")
for name, text in [("src/a.txt", "alpha"), ("src/b.log", "beta"), ("src/nested/c.txt", "gamma"), ("src/nested/deeper/d.log", "delta")]:
    with open(name, "w") as f:
        f.write(text)
os.chmod("src/a.txt", 0o640)
print(shutil.copyfile("src/a.txt", "copyfile.txt"), open("copyfile.txt").read())
print(shutil.copy("src/a.txt", "copy.txt"), oct(os.stat("copy.txt").st_mode & 0o777))
os.mkdir("into")
print(shutil.copy("src/a.txt", "into"), shutil.copy2("src/b.log", "into/b2.log"), os.stat("into/b2.log").st_mtime == os.stat("src/b.log").st_mtime)
print(shutil.copytree("src", "dst"), listing("dst"))
print(shutil.copytree("src", "filtered", ignore=shutil.ignore_patterns("*.log", "deeper")), listing("filtered"))
print(shutil.copytree("src", "dst", dirs_exist_ok=True), listing("dst") == listing("src"))
print(shutil.copytree("src", "custom", copy_function=shutil.copy), listing("custom"))
attempt(lambda: shutil.copytree("src", "dst"))
attempt(lambda: shutil.copytree("missing", "x"))
attempt(lambda: shutil.copyfile("src/a.txt", "src/a.txt"))
attempt(lambda: shutil.copyfile("missing", "x"))
attempt(lambda: shutil.copyfile("src", "x"))
attempt(lambda: shutil.copyfile("src/a.txt", "nodir/x"))
print(shutil.move("copy.txt", "moved.txt"), os.path.exists("copy.txt"))
print(shutil.move("moved.txt", "into"), sorted(os.listdir("into")))
print(shutil.move("filtered", "into"), listing("into"))
attempt(lambda: shutil.move("copyfile.txt", "into/moved.txt") and shutil.copy("src/a.txt", "again.txt") and shutil.move("again.txt", "into"))
os.makedirs("clash/moved.txt")
attempt(lambda: shutil.move("into/moved.txt", "clash"))
attempt(lambda: shutil.move("into", "into/filtered"))
shutil.rmtree("dst")
print(os.path.exists("dst"))
attempt(lambda: shutil.rmtree("dst"))
shutil.rmtree("dst", ignore_errors=True)
seen = []
shutil.rmtree("dst", onerror=lambda function, path, info: seen.append((function.__name__, path, info[0].__name__)))
print(seen)
os.symlink("src", "srclink")
attempt(lambda: shutil.rmtree("srclink"))
print(shutil.which("sh") is not None, shutil.which("pipebook-no-such-tool"), shutil.which("/bin/sh"), shutil.which("sh", path="/nonexistent"))
usage = shutil.disk_usage(".")
print(usage.total >= usage.used and usage.total >= usage.free, len(usage), type(usage).__name__)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
