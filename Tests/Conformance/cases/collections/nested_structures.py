# Nested dicts and lists: building, walking and printing them.
inventory = {
    "fruit": {"apple": 3, "pear": 0},
    "veg": {"leek": 2},
}
inventory["fruit"]["plum"] = 7
inventory.setdefault("nuts", {})["almond"] = 1
print(inventory)
for kind, stock in inventory.items():
    available = [name for name, n in stock.items() if n > 0]
    print(kind, available, sum(stock.values()))
tree = [1, [2, [3, [4]], 5]]
def flatten(node):
    if isinstance(node, list):
        out = []
        for child in node:
            out.extend(flatten(child))
        return out
    return [node]
print(flatten(tree))
recursive = [1, 2]
recursive.append(recursive)
print(recursive)
d = {"self": None}
d["self"] = d
print(d)
