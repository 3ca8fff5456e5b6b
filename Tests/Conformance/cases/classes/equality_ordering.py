# __eq__, __lt__ and friends; sorting user objects; NotImplemented fallback.
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __le__(self, other):
        return self == other or self < other
    def __repr__(self):
        return f"v{self.major}.{self.minor}"
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), min(vs), max(vs))
print(Version(1, 0) == Version(1, 0), Version(1, 0) != Version(1, 1), Version(1, 0) == "1.0")
print(Version(0, 1) < Version(0, 2), Version(0, 3) > Version(0, 2), Version(1, 1) <= Version(1, 1))
print(Version(2, 0) >= Version(1, 5))  # reflected to __le__ of the right operand
print(Version(1, 0) in vs, vs.index(Version(1, 0)))
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain())
