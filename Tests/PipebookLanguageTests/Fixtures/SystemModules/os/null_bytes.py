# Paths with a NUL character: system calls refuse them, os.path's questions answer False, string functions accept them.
import os
print(os.path.exists("a\0b"), os.path.isfile("a\0b"), os.path.isdir("\0"))
for f in [lambda: open("a\0b"), lambda: os.stat("a\0b"), lambda: os.listdir("a\0"), lambda: os.path.join("a\0", "b")]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
