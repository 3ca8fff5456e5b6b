# Uncaught user-defined exception: its name appears unqualified.
class InventoryError(Exception):
    pass
def take(stock, n):
    if n > stock:
        raise InventoryError(f"wanted {n}, only {stock} left")
    return stock - n
print(take(5, 2))
print(take(1, 2))
