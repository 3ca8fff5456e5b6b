# Handling exceptions per item in a loop and collecting the failures.
data = ["10", "x", "30", "", "5.5", "-2"]
total = 0
failures = []
for item in data:
    try:
        total += int(item)
    except ValueError as e:
        failures.append(str(e))
print(total)
for msg in failures:
    print(msg)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(1, b) for b in (2, 0, -4)])
