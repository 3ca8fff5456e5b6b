for t in ["12", " -12 ", "+0", "0x1f", "1_000", "١٢", "\u0663\u0664.5", "1e3", "  inf", "-nan", "1__0", "_1", "", " ", "0b102", "١x", "00", "007", "9" * 30]:
    for f in (int, float):
        try:
            print(repr(t), f.__name__, f(t))
        except Exception as e:
            print(repr(t), f.__name__, type(e).__name__, e)
for t, b in [("ff", 16), ("0x1f", 0), ("z", 36), ("10", 2), ("12", 3), ("0o17", 0), ("١٢", 16), ("09", 0)]:
    try:
        print(t, b, int(t, b))
    except Exception as e:
        print(t, b, type(e).__name__, e)
try:
    int("1" * 5000)
except Exception as e:
    print(type(e).__name__, e)
