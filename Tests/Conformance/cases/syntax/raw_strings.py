# Raw string literals keep backslashes literally.
print(r"C:\new\table")
print(len(r"\n"), len("\n"))
print(repr(r"a\tb"))
print(R"\d+\.\d+")
print(r'it\'s')
print(rb"\x00" == b"\\x00")
