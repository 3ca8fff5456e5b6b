# Symbolic links: os.symlink, readlink, lstat vs stat, islink, realpath, walk not following them.
import os
os.makedirs("real/sub")
open("real/sub/file.txt", "w").close()
os.symlink("real", "link")
os.symlink("real/sub/file.txt", "filelink")
os.symlink("nowhere", "dangling")
print(os.readlink("link"), os.path.islink("link"), os.path.islink("real"), os.path.isdir("link"))
print(os.path.exists("dangling"), os.path.lexists("dangling"), os.path.isfile("filelink"))
print(os.path.realpath("link/sub") == os.path.realpath("real/sub"), os.path.relpath(os.path.realpath("filelink")))
print(sorted(root for root, dirs, files in os.walk(".")), sorted(root for root, dirs, files in os.walk(".", followlinks=True)))
print(os.lstat("link").st_size != os.stat("link").st_size or True, [e.is_symlink() for e in os.scandir(".") if e.name == "link"])
os.symlink("loop2", "loop1")
os.symlink("loop1", "loop2")
print(os.path.relpath(os.path.realpath("loop1")))
try:
    os.readlink("real")
except OSError as e:
    print(type(e).__name__, e)
