# string module constants and capwords.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
print(all(c in string.ascii_letters for c in "Python"), sum(c in string.punctuation for c in "a,b;c!"))
