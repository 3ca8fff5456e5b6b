# partition / rpartition / splitlines (with keepends).
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("nothing".partition("="), "nothing".rpartition("="))
text = "one\ntwo\r\nthree\rfour\n\nfive"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "trailing\n".splitlines(), "a\n".split("\n"))
