# time.strftime with the common directives on a fixed gmtime (C locale)
import time

t = time.gmtime(1700000000)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%d/%m/%y %I:%M %p", "%j %U %W %w", "%c", "%x %X", "%%Y", "%e|%G-W%V-%u", "%D %T %F %R"]:
    print(repr(fmt), "->", time.strftime(fmt, t))
print(time.strftime("%Y/%m/%d", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.strftime("%A", time.gmtime(86400 * 3)))
