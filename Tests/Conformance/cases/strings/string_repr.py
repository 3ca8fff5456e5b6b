# repr() of strings: quote choice, escapes, unicode printable vs not.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
           "back\\slash", "\x00\x1f\x7f", "café", "日本語", "\u200b", "emoji 😀", "\r", "\xa0"]
for s in samples:
    print(repr(s))
print(str(["a'b", 'c"d']))
print(ascii("café 😀"))
