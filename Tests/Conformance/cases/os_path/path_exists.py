# os.path existence checks on a temporary directory (only relative facts are printed).
import os
import os.path
import tempfile
with tempfile.TemporaryDirectory() as root:
    file_path = os.path.join(root, "data.txt")
    print(os.path.exists(file_path))
    with open(file_path, "w") as f:
        f.write("hello\n")
    sub = os.path.join(root, "sub")
    os.mkdir(sub)
    print(os.path.exists(file_path), os.path.isfile(file_path), os.path.isdir(file_path))
    print(os.path.isdir(sub), os.path.isfile(sub), os.path.getsize(file_path))
    print(sorted(os.listdir(root)), os.path.relpath(file_path, root), os.path.isabs(root))
    print(os.path.basename(file_path), os.path.dirname(file_path) == root)
print(os.path.exists(root))
