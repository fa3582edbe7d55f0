# time.asctime on fixed struct_times and time.struct_time built from a tuple
import time

print(time.asctime(time.gmtime(0)))
print(time.asctime(time.gmtime(1700000000)))
print(time.asctime((2001, 2, 3, 4, 5, 6, 5, 34, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_mday)
