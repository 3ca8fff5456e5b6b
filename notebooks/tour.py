# A short tour of the Python that Pipebook runs: `swift run pipebook notebooks/tour.py`.
import json
import math
from datetime import date

print("Hello from Pipebook's Python")

# Numbers behave as in CPython: arbitrary-precision ints, floor division, float repr.
print(2 ** 100, 7 // -2, -7 % 3, 0.1 + 0.2, round(2.675, 2))

# Classes, generators and comprehensions.
class Step:
    def __init__(self, name, depends_on=()):
        self.name = name
        self.depends_on = list(depends_on)

    def __repr__(self):
        return f"Step({self.name!r})"


def order(steps):
    """Yield steps so that each comes after what it depends on."""
    done = set()
    while len(done) < len(steps):
        for step in steps:
            if step.name not in done and all(d in done for d in step.depends_on):
                done.add(step.name)
                yield step


steps = [Step("evaluate", ["train"]), Step("train", ["preprocess"]), Step("preprocess")]
print([s.name for s in order(steps)])

# The standard library a workshop uses.
report = {"regression_metrics": {"mse": {"value": round(math.sqrt(21.5), 3)}}, "day": str(date(2024, 5, 1))}
print(json.dumps(report, indent=2, sort_keys=True))
