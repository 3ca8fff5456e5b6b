# csv.reader: quoted fields over several lines, escapes, initial spaces, strict mode, numeric conversion, errors.
import csv
import io
def read(lines, **options):
    try:
        reader = csv.reader(lines, **options)
        rows = list(reader)
        print(options, rows, reader.line_num)
    except Exception as e:
        print(options, type(e).__name__ + ":", e)
read(["a,b,c", "1,2,3"])
read(io.StringIO('name,quote\nAnn,"She said ""hi"""\n"multi\nline",x\n'))
read(['a,"b,c",d', '"",x,""', ",,", ""])
read(["a,b\r\n", "c\n", "\n", "x"])
read(['a"b,"c'])
read(['"a"b,c'])
read(['"a"b,c'], strict=True)
read(['"abc'])
read(['"abc'], strict=True)
read(["a\rb"])
read(["x|y|z", "1|2|3"], delimiter="|")
read([" a, b ,  c"], skipinitialspace=True)
read(["a\\,b,c\\\\d"], escapechar="\\")
read(['"a\\"b",c'], escapechar="\\", doublequote=False)
read(["a,'b,c'"], quotechar="'")
read(['a,"b,c"'], quoting=csv.QUOTE_NONE)
read(['1,"2",3.5,-4e2'], quoting=csv.QUOTE_NONNUMERIC)
read(['1,x'], quoting=csv.QUOTE_NONNUMERIC)
read(["a\tb"], dialect="excel-tab")
read([1])
read([b"a,b"])
read(1)
read(["a"], foo=1)
reader = csv.reader(["a,b", "c,d"])
print(next(reader), reader.line_num, reader.dialect.delimiter, next(reader), type(reader).__name__)
with open("in.csv", "w", newline="") as f:
    f.write('h1,h2\r\n"x\r\ny",z\r\n')
with open("in.csv", newline="") as f:
    print(list(csv.reader(f)))
with open("in.csv") as f:
    print(list(csv.reader(f)))
old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
read(["abcdef"])
csv.field_size_limit(old)
read(["abcdef"])
