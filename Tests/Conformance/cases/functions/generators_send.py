# Generator send(): priming with next(), values flowing in both directions, close().
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = running_average()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
def echo():
    try:
        received = yield "ready"
        while True:
            received = yield f"got {received}"
    finally:
        print("cleanup on close")
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()
print("closed")
def accumulate():
    items = []
    while True:
        item = yield
        if item is None:
            return items
        items.append(item)
acc = accumulate()
next(acc)
acc.send(1); acc.send(2)
try:
    acc.send(None)
except StopIteration as stop:
    print("returned", stop.value)
