# list.sort and sorted: key functions, reverse, and stability.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))  # stable: equal keys keep input order
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort()
print(pairs)
print(sorted([3.5, -1, 2, True]), sorted("hello"), sorted((3, 1, 2), reverse=True))
nums = [5, -3, 2, -8]
nums.sort(key=abs)
print(nums)
