# Binary files: read sizes, readline, iteration, seek from the end and current position, truncate.
with open("data.bin", "wb") as f:
    print(f.write(b"line one\nline two\n\x00\xff"), f.tell(), f.mode, type(f).__name__)
with open("data.bin", "rb") as f:
    print(f.read(4), f.read1(5), f.readline(), f.tell(), f.mode, type(f).__name__)
    print(f.seek(-2, 2), f.read(), f.seek(-4, 1), f.read(2), f.seek(0), f.readlines())
    print(f.read(), f.read(10), f.readline())
with open("data.bin", "rb") as f:
    print(list(f))
with open("data.bin", "r+b") as f:
    print(f.read(4), f.write(b"LINE"), f.tell(), f.mode, type(f).__name__)
    f.seek(0)
    print(f.readline())
    print(f.truncate(4), f.tell())
print(open("data.bin", "rb").read())
with open("data.bin", "ab") as f:
    print(f.tell(), f.write(b"++"), f.mode)
with open("data.bin", "w+b") as f:
    print(f.mode, f.read(), f.write(b"xyz"), f.seek(1), f.read())
print(open("data.bin", "rb").read(), open("data.bin", "br").mode)
with open("data.bin", "rb", buffering=0) as f:
    print(f.read())
