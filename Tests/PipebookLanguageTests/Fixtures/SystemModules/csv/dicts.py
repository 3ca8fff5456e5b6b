# csv.DictReader and csv.DictWriter: fieldnames, restkey/restval, blank lines, extrasaction, writeheader.
import csv
import io
def attempt(action):
    try:
        print("ok", repr(action()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
reader = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n\n5,6\n"), restkey="extra", restval="?")
print(reader.fieldnames, reader.line_num)
for row in reader:
    print(row, reader.line_num)
print(list(csv.DictReader(io.StringIO("x;y\n1;2\n"), delimiter=";")))
named = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["p", "q"])
print(named.fieldnames, list(named))
empty = csv.DictReader(io.StringIO(""))
print(empty.fieldnames, list(empty))
late = csv.DictReader(["k,v", "1,2"])
late.fieldnames = ["K", "V"]
print(list(late), late.restkey, late.restval)
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["name", "id"], restval="-")
print(writer.writeheader(), writer.writerow({"id": 1, "name": "Ann"}), writer.writerow({"name": "Bo"}))
writer.writerows([{"id": 3, "name": "Cy"}, {"id": 4}])
print(repr(out.getvalue()), writer.fieldnames, writer.extrasaction)
ignoring = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
print(ignoring.writerow({"a": 1, "zz": 2}))
attempt(lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2}))
attempt(lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="foo"))
attempt(lambda: csv.DictWriter(io.StringIO()))
attempt(lambda: csv.DictReader())
tabbed = io.StringIO()
csv.DictWriter(tabbed, ["x", "y"], dialect="excel-tab", quoting=csv.QUOTE_ALL).writeheader()
print(repr(tabbed.getvalue()))
with open("people.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["first", "last"])
    w.writeheader()
    w.writerow({"first": "Ada", "last": "Lovelace"})
with open("people.csv", newline="") as f:
    print([dict(r) for r in csv.DictReader(f)])
