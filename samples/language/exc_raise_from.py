# raise ... from ...: __cause__ set, __context__ set implicitly, exception classes instantiated
class ConfigError(Exception):
    pass


def load():
    try:
        int("abc")
    except ValueError as error:
        raise ConfigError("bad config") from error


try:
    load()
except ConfigError as error:
    print(error, "| cause:", repr(error.__cause__), "| context is cause:", error.__context__ is error.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("inside handler")
except KeyError as error:
    print(repr(error.__context__), error.__cause__)
try:
    raise ValueError
except ValueError as error:
    print(repr(error), error.args)
