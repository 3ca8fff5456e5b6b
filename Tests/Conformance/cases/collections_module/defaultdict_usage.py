# collections.defaultdict: list/int/set/lambda factories, missing-key creation, repr.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], "z" in groups)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 2
print(nested["a"]["x"], nested["b"]["y"], len(nested))
print(repr(defaultdict(int, {"k": 1})), groups.default_factory.__name__)
plain = defaultdict(None)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(counts.get("q"), "q" in counts)  # get() does not create entries
