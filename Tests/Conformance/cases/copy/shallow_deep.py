# copy.copy vs copy.deepcopy on nested lists and dicts: what is shared afterwards.
import copy
original = {"nums": [1, 2, [3, 4]], "name": "orig", "meta": {"tags": ["a"]}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["nums"][2].append(5)
original["meta"]["tags"].append("b")
original["name"] = "changed"
print(shallow)
print(deep)
print(shallow["nums"] is original["nums"], deep["nums"] is original["nums"])
xs = [[0] * 2] * 2  # two references to one inner list
ys = copy.deepcopy(xs)
ys[0][0] = 7
print(ys, ys[0] is ys[1])  # deepcopy preserves the sharing
print(copy.copy((1, [2])) == (1, [2]), copy.copy("s"), copy.deepcopy(42))
cyclic = [1]
cyclic.append(cyclic)
c2 = copy.deepcopy(cyclic)
print(c2, c2[1] is c2)
