# String escape sequences in ordinary string literals.
print("tab:\tend")
print("newline:\\n is", repr("\n"))
print("quote \" and \' and backslash \\")
print("\x41\x42\x43", "\101\102", "\u00e9", "\U0001F600" == "\N{GRINNING FACE}")
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"))
print(repr("\0\a\b\f\v\r"))
print("line one\
 continued")
print('single' "adjacent" 'concatenation')
