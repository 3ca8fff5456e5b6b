# Basic str operations: len, indexing, concatenation, repetition, membership, iteration, comparison.
s = "Python"
print(len(s), s[0], s[-1], s[2:4], s * 2, s + "!", "th" in s)
for ch in "hi!":
    print(ch, ord(ch))
print("".join(reversed(s)), s[::-1] == "nohtyP")
print(min(s), max(s), sorted(s), list(s))
print("a" < "b", "B" < "a", "abc" == "abc", "abc" < "abd")
print(str(123), str(1.5), str([1, "a"]), str(None))
print("x" * 0, "x" * -1, repr("" * 3))
print(chr(97) + chr(0x263A), len("日本"))
