# pathlib.Path on a temporary directory: write/read text, iterdir, glob, exists, mkdir, unlink.
import tempfile
from pathlib import Path
with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "notes.txt").write_text("line 1\nline 2\n")
    (root / "sub").mkdir()
    (root / "sub" / "deep").mkdir(parents=True)
    (root / "sub" / "a.py").write_text("print('hi')\n")
    (root / "sub" / "b.py").write_text("")
    print((root / "notes.txt").read_text().splitlines())
    print(sorted(p.name for p in root.iterdir()))
    print(sorted(str(p.relative_to(root)) for p in root.glob("sub/*.py")))
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*")))
    print((root / "notes.txt").exists(), (root / "missing").exists(), (root / "sub").is_dir())
    print((root / "notes.txt").stat().st_size, (root / "sub" / "b.py").stat().st_size)
    (root / "sub" / "b.py").unlink()
    print(sorted(p.name for p in (root / "sub").iterdir()))
    with (root / "notes.txt").open("a") as f:
        f.write("line 3\n")
    print(len((root / "notes.txt").read_text().splitlines()), root.is_absolute())
