# time.gmtime on fixed timestamps: struct_time repr, fields, indexing and tuple conversion
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[:3], tuple(t)[3:6], len(t))
print(time.gmtime(0))
print(time.gmtime(951782400.75))
print(t.tm_zone, t.tm_gmtoff)
