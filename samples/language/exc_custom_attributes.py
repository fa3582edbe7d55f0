# custom exceptions: extra attributes, str() and repr() of args, several args, no args, subclassing
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason


class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, "not found")
        self.path = path

    def __str__(self):
        return f"{self.path}: {self.reason}"


class Empty(Exception):
    pass


for error in [HttpError(500, "oops"), NotFound("/x"), Empty(), Empty("one"), Empty(1, 2)]:
    print(type(error).__name__, "|", str(error), "|", repr(error), "|", error.args)
try:
    raise NotFound("/missing")
except HttpError as error:
    print(error.status, error.path, isinstance(error, Exception))
