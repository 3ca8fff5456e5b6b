# errno, strerror and filename belong to OSError and its subclasses only.
e = OSError(2, "No such file or directory", "missing.txt")
print(e.errno, e.strerror, e.filename)
print(FileNotFoundError(2, "gone").errno)
print(OSError("just a message").errno)
for name in ("errno", "strerror", "filename"):
    try:
        getattr(ValueError("x"), name)
    except AttributeError as error:
        print(error)
