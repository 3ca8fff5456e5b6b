# os.path questions about the disk: exists, isfile, isdir, getsize, getmtime, abspath, realpath, samefile.
import os
import os.path as p
os.makedirs("d/e")
with open("d/f.txt", "w") as f:
    f.write("hello")
for path in ["d", "d/e", "d/f.txt", "missing", "d/f.txt/x", ""]:
    print(repr(path), p.exists(path), p.isfile(path), p.isdir(path), p.islink(path), p.lexists(path))
print(p.getsize("d/f.txt"), p.getmtime("d/f.txt") == os.stat("d/f.txt").st_mtime, type(p.getatime("d")).__name__)
print(p.abspath("d/../d/f.txt") == p.join(os.getcwd(), "d/f.txt"), p.abspath("/x/../y"), p.isabs(p.abspath("rel")))
print(p.realpath("d/./e/..") == p.join(p.realpath(os.getcwd()), "d"), p.samefile("d/f.txt", "d/e/../f.txt"))
def attempt(action):
    try:
        print("ok", repr(action()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: p.getsize("missing"))
attempt(lambda: p.getmtime("missing"))
attempt(lambda: p.exists(1.5))
attempt(lambda: p.isdir(None))
attempt(lambda: p.samefile("missing", "d"))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester"
print(p.expanduser("~"), p.expanduser("~/x"), p.expanduser("x/~"), p.expanduser("~root/y").endswith("/y"))
os.environ["PIPEBOOK_VAR"] = "value"
print(p.expandvars("$PIPEBOOK_VAR/${PIPEBOOK_VAR}x/$PIPEBOOK_MISSING/${}/$"), p.expandvars("no vars"))
