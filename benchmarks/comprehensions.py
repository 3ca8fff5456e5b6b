# List, dict and set comprehensions and generator expressions.
def run(n):
    squares = [i * i for i in range(n)]
    evens = [s for s in squares if s % 2 == 0]
    table = {i: s for i, s in enumerate(evens)}
    residues = {s % 1009 for s in squares}
    nested = [[r * c for c in range(20)] for r in range(200)]
    flat = [v for row in nested for v in row if v % 3]
    total = sum(x % 97 for x in squares)
    longest = max(len(str(v)) for v in table.values())
    return len(evens), len(table), len(residues), sum(flat), total, longest


checksum = 0
for round_no in range(35):
    result = run(120_000 + round_no)
    checksum = (checksum * 31 + sum(result)) % 1_000_000_007
print("last:", result)
print("checksum:", checksum)
