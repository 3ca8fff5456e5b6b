# A comprehension holding a generator expression or lambda still sees the function's names.
def widths(cols, space):
    return [max(len(x) for x in c) + space for c in cols]

def keyed(rows, offset):
    return {k: sorted(v, key=lambda item: item + offset) for k, v in rows.items()}

def sets(groups, bonus):
    return {sum(g + bonus for g in group) for group in groups}

print(widths([["a", "bcd"], ["xy"]], 2))
print(keyed({"a": [3, 1, 2]}, 10))
print(sorted(sets([[1, 2], [3]], 1)))
print("{: .{}f}|{:>{}}|{:{}{}}".format(3.14159, 2, "ab", 5, 42, "0", 6))
