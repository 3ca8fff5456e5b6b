# is* predicates and startswith/endswith (with tuples and ranges).
samples = ["abc", "ABC", "Abc Def", "123", "12.5", "", " \t", "abc123", "²", "x_y"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
print("hello".startswith("he"), "hello".startswith(("x", "hel")), "hello".startswith("l", 2))
print("hello".endswith("lo"), "hello".endswith(("a", "b")), "hello".endswith("ell", 0, 4))
print("abc".isascii(), "é".isascii(), "Hello World".istitle())
