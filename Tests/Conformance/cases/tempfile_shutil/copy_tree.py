# tempfile + shutil: copy, copy2, copytree, move, rmtree; only paths relative to the temp root are printed.
import os
import shutil
import tempfile
def listing(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        for name in filenames:
            found.append(os.path.relpath(os.path.join(dirpath, name), root))
    return sorted(found)
with tempfile.TemporaryDirectory() as root:
    src = os.path.join(root, "src")
    os.makedirs(os.path.join(src, "nested"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha")
    with open(os.path.join(src, "nested", "b.txt"), "w") as f:
        f.write("beta")
    shutil.copy(os.path.join(src, "a.txt"), os.path.join(root, "copy.txt"))
    shutil.copytree(src, os.path.join(root, "dst"))
    shutil.move(os.path.join(root, "copy.txt"), os.path.join(root, "moved.txt"))
    print(listing(root))
    with open(os.path.join(root, "dst", "nested", "b.txt")) as f:
        print(f.read())
    shutil.rmtree(src)
    print(listing(root), os.path.exists(src))
    try:
        shutil.copytree(os.path.join(root, "dst"), os.path.join(root, "dst"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
print(os.path.exists(root))
