# String building: concatenation, f-strings, join, split and a few str methods.
def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def formatted(n):
    parts = []
    for i in range(n):
        parts.append(f"item-{i}:{i * 3}|")
    return "".join(parts)


def split_and_count(text):
    fields = text.split("|")
    total = 0
    for field in fields:
        if field:
            name, value = field.split(":")
            total += int(value) + len(name.upper())
    return total


def words(n):
    sentence = " ".join(["alpha", "beta", "gamma", "delta"] * n)
    return sum(len(w.capitalize()) for w in sentence.split())


s = concat(1_500_000)
t = formatted(1_000_000)
print("concat:", len(s), s[-10:])
print("formatted:", len(t))
print("split:", split_and_count(t))
print("words:", words(300_000))
