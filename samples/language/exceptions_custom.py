# custom exceptions with extra attributes, except with tuples and `as`, else, finally, re-raise
class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


def risky(n):
    if n == 0:
        raise ValueError("zero is not allowed")
    if n < 0:
        raise AppError("negative", code=n)
    return 10 // n


for n in [2, 0, -3, 5]:
    try:
        result = risky(n)
    except (ValueError, ZeroDivisionError) as error:
        print("value problem:", error, type(error).__name__)
    except AppError as error:
        print("app problem:", error, error.code, error.args)
    else:
        print("ok", result)
    finally:
        print("checked", n)

try:
    try:
        {}["missing"]
    except KeyError as error:
        print("inner", repr(error), str(error))
        raise
except LookupError as error:
    print("outer caught", type(error).__name__)
