# Unicode strings: length counts code points, slicing, case mapping, ordering.
s = "naïve café 日本 😀"
print(len(s), s[6:10], s[-1], ord(s[-1]), hex(ord("é")))
print(s.upper())
print(sorted(["é", "e", "z", "É"]))
print("ß".upper(), "ǅ".lower(), "ﬁ".upper())
print("日本語"[::-1], "😀" * 3)
print(s.encode("utf-8")[:8], len(s.encode("utf-8")))
