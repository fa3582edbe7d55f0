# contextlib.suppress swallows the listed exceptions only
from contextlib import suppress

with suppress(KeyError, IndexError):
    {}["missing"]
print("after KeyError")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as error:
    print("escaped:", error)
