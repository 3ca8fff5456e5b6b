# Imports look in sys.path as the program left it; relative entries are under the working directory.
import os
import sys
import tempfile

home = os.getcwd()
with tempfile.TemporaryDirectory() as top:
    os.makedirs(os.path.join(top, "lib", "pkg"))
    with open(os.path.join(top, "lib", "helper_mod.py"), "w") as f:
        f.write("VALUE = 'from lib'\n")
    with open(os.path.join(top, "lib", "pkg", "__init__.py"), "w") as f:
        f.write("NAME = 'pkg'\n")
    os.chdir(top)
    try:
        try:
            import helper_mod
        except ModuleNotFoundError as error:
            print("before:", error)
        sys.path.insert(0, "lib")
        import helper_mod
        import pkg
        print(helper_mod.VALUE, pkg.NAME)
    finally:
        os.chdir(home)
        sys.path.remove("lib")
