# functools.total_ordering fills in comparisons; cmp_to_key adapts an old-style comparator.
from functools import cmp_to_key, total_ordering
@total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        return self.letter == other.letter
    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)
    def __repr__(self):
        return f"Grade({self.letter!r})"
a, c = Grade("A"), Grade("C")
print(a > c, a >= c, c <= a, c > a, a >= Grade("A"))
print(sorted([Grade("B"), a, Grade("F"), c]))
def by_length_then_reverse_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))
