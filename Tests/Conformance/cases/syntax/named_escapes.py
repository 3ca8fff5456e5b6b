# \N{name} escapes: Unicode names in any case, corrected names, CJK and Hangul names, f-strings.
print(ascii("\N{GRINNING FACE}"), ascii("\N{grinning face}"), ascii("\N{Em Dash}"))
print(ascii("\N{LATIN CAPITAL LETTER GHA}"), ascii("\N{NO-BREAK SPACE}"), ascii("\N{DEGREE SIGN}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}"), ascii("\N{CJK UNIFIED IDEOGRAPH-2A700}"),
      ascii("\N{HANGUL SYLLABLE GAG}"), ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}"))
print(ascii(f"{1}\N{BULLET}{2:>3}"), ascii(f"\N{RIGHTWARDS ARROW} {'x'}"))
print(ascii(b"\N{BULLET}"), ascii(r"\N{BULLET}"), len("\N{SPACE}\N{SPACE}"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "\u00e9", "caf\N{LATIN SMALL LETTER E WITH ACUTE}")
