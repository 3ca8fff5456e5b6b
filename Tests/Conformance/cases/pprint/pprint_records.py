# pprint of a list of record dicts and of tuples nested in lists, as a typical debugging dump.
from pprint import pprint
people = [
    {"name": "Ada Lovelace", "born": 1815, "fields": ["mathematics", "computing"]},
    {"name": "Alan Turing", "born": 1912, "fields": ["logic", "cryptanalysis", "biology"]},
    {"name": "Grace Hopper", "born": 1906, "fields": ["compilers"]},
]
pprint(people)
pprint([(i, "x" * i) for i in range(1, 12)])
pprint({"matrix": [[row * col for col in range(8)] for row in range(6)]})
pprint([])
pprint({})
pprint(("single",))
