# Dicts and lists: inserts, lookups, appends, membership and sorting.
def build_index(n):
    index = {}
    for i in range(n):
        key = "k" + str(i % 5000)
        bucket = index.get(key)
        if bucket is None:
            index[key] = [i]
        else:
            bucket.append(i)
    return index


def lookups(index, rounds):
    hits = 0
    for r in range(rounds):
        key = "k" + str(r % 7000)
        if key in index:
            hits += len(index[key])
    return hits


def int_dict(n):
    d = {}
    for i in range(n):
        d[i * 7 % 100003] = i
    total = 0
    for k in range(0, 100003, 3):
        total += d.get(k, 0)
    return total


def list_work(n):
    items = []
    for i in range(n):
        items.append((i * 7919) % 10007)
    items.sort()
    pairs = sorted(((v % 100, v) for v in items), reverse=True)
    return items[n // 2], pairs[0], sum(items[::1000])


index = build_index(1_000_000)
print("keys:", len(index))
print("hits:", lookups(index, 1_000_000))
print("int dict:", int_dict(800_000))
print("lists:", list_work(600_000))
