# Case conversion: upper, lower, title, capitalize, swapcase, casefold.
s = "hello wORLD, it's a 2nd-try"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("Straße".casefold(), "Straße".upper(), "ÉCOLE".lower())
print("they're bill's friends".title())
print("".upper(), "123".title(), "a1b2".capitalize())
