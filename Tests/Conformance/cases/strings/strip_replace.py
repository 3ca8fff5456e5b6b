# strip / lstrip / rstrip (with char sets), replace (with count), removeprefix/removesuffix.
s = "  \t hello world \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("yx"))
print("a-b-c-d".replace("-", "+"), "a-b-c-d".replace("-", "", 2), "aaa".replace("a", "bb"))
print("abc".replace("", "."), "hello".replace("l", "L", 1), "same".replace("zz", "y"))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
