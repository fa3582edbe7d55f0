# a class body is ordinary code: if/else, try/except, while, del, tuple targets and names read back
import sys

LIMIT = 3


class Settings:
    if sys.version_info >= (3, 0):
        mode = "py3"
    else:
        mode = "py2"
    try:
        ratio = 1 / 0
    except ZeroDivisionError:
        ratio = None
    levels = []
    n = 0
    while n < LIMIT:
        levels.append(n * n)
        n += 1
    low, high = levels[0], levels[-1]
    temp = "scratch"
    del temp
    label = mode.upper() + "-" + str(high)

    def describe(self):
        return f"{self.mode} {self.levels} {self.label}"


s = Settings()
print(Settings.mode, Settings.ratio, Settings.n, Settings.low, Settings.high)
print(s.describe(), hasattr(Settings, "temp"))
s.mode = "instance"
print(s.mode, Settings.mode)
