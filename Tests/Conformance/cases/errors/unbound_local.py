# Uncaught UnboundLocalError: assignment later in the function makes the name local.
x = 10
def update():
    print("updating")
    x += 1
    return x
update()
