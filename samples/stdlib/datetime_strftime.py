# datetime.strftime: the common C-locale directives (%Y %m %d %H %M %S %f %a %A %b %B %j %p %I %y %U %W %w %c %x %X %%)
from datetime import datetime, date, time

dt = datetime(2024, 3, 9, 15, 7, 2, 42)
for fmt in ["%Y-%m-%d %H:%M:%S", "%d/%m/%y %I:%M %p", "%a %A %b %B", "%j %U %W %w %u",
            "%c", "%x", "%X", "%f", "100%%", "%H%M%S%z%Z", "%G-W%V"]:
    print(repr(fmt), "->", repr(dt.strftime(fmt)))
print(date(2024, 1, 1).strftime("%A %d %B %Y %H:%M"))
print(time(23, 59, 1).strftime("%I:%M:%S %p"), time(0, 5).strftime("%I %p"))
print(f"{dt:%Y/%m/%d}", format(dt, "%H.%M"), f"{dt}", "{:%b %d}".format(date(2020, 2, 2)))
