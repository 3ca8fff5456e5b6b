# User exception classes: hierarchy, custom __init__, args, str and repr.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key
class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))
for exc in [AppError("plain"), NotFound("id"), Invalid(1, 2), AppError()]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
try:
    raise NotFound("user")
except LookupError:
    print("not reached")
except AppError as e:
    print("caught as AppError:", e.key)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException))
