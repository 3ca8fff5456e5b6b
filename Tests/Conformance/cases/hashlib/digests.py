import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for data in [b"", b"abc", b"a" * 1000, bytes(range(256)) * 3]:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256(b"ab"); c = h.copy(); h.update(b"c"); print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), c.hexdigest())
print(hashlib.md5(b"x").digest())
print(hashlib.new("SHA256", b"x").name, sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.sha256(3), lambda: hashlib.new("nope")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
import io
print(hashlib.file_digest(io.BytesIO(b"abc"), "sha1").hexdigest())
print(hashlib.md5(usedforsecurity=False).hexdigest())
