# Nested try blocks and exceptions raised inside except/finally blocks.
def risky(level):
    try:
        try:
            raise ValueError(f"level {level}")
        except ValueError as e:
            if level > 1:
                raise TypeError("converted") from e
            return "handled inner"
        finally:
            print("inner finally", level)
    except TypeError as e:
        return f"outer caught {e}"
print(risky(1))
print(risky(2))
try:
    try:
        raise KeyError("first")
    finally:
        print("cleanup before propagating")
except KeyError as e:
    print("got", e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ConnectionError("retry")
        print("succeeded after", count)
        break
    except ConnectionError:
        print("attempt", count, "failed")
