# set methods and operators on small ints (iteration order of small ints is stable).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b, [9]), a.intersection([2, 3]), a.difference({1}), a.symmetric_difference(b))
print(a.issubset(a | b), a.issuperset({1, 2}), a.isdisjoint({7, 8}), {1} < a, a >= a)
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], {7})
s.discard(42)
s.remove(1)
print(sorted(s))
popped = s.pop()
print(popped in {3, 5, 6, 7}, len(s))
c = {1, 2, 3}
c |= {4}; c &= {2, 3, 4}; c -= {3}; c ^= {0}
print(c)
print(set("aab") == {"a", "b"}, sorted(set("hello")), set(), repr(set()))
print({x % 3 for x in range(10)})
