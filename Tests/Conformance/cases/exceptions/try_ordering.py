# try/except/else/finally: which blocks run, and in what order.
def attempt(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("bad")
        if action == "other":
            raise KeyError("k")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(attempt("ok"))
print(attempt("raise"))
try:
    print(attempt("other"))
except KeyError:
    print("KeyError escaped after finally ran")
