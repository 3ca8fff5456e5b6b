# csv.DictReader and csv.DictWriter: header handling, field order, restval and extrasaction.
import csv
import io
source = io.StringIO("id,name,score\n1,Ann,90\n2,Bo,85\n3,Cy,\n")
reader = csv.DictReader(source)
print(reader.fieldnames)
rows = list(reader)
for row in rows:
    print(row)
print(sum(int(r["score"]) for r in rows if r["score"]))
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["name", "id"], extrasaction="ignore", restval="?")
writer.writeheader()
for row in rows:
    writer.writerow(row)
writer.writerow({"name": "Di"})
print(out.getvalue(), end="")
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
