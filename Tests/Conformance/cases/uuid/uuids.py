import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields, u.variant, u.version, u.is_safe)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID("urn:uuid:12345678123456781234567812345678") == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=5, version=4))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com").version, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), isinstance(r, uuid.UUID), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, uuid.uuid1() > t or True, t.node == uuid.getnode() or t.node & (1 << 40) != 0)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(len({uuid.UUID(int=1), uuid.UUID(int=1)}), int(uuid.UUID(int=7)), str(uuid.UUID(int=0)))
for bad in [lambda: uuid.UUID("nope"), lambda: uuid.UUID(), lambda: uuid.UUID(int=1 << 128),
            lambda: uuid.UUID(bytes=b"x"), lambda: uuid.UUID(int=1, version=9),
            lambda: setattr(u, "int", 3), lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 1 << 48))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    uuid.uuid5(uuid.NAMESPACE_URL, b"bytes")
except TypeError as e:
    print("TypeError", e)
