# time.strptime: parsing dates into struct_time, and its mismatch errors
import time

print(time.strptime("2023-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Mar 5 2023", "%b %d %Y"))
print(time.strptime("05/03/99 10:30 PM", "%d/%m/%y %I:%M %p"))
t = time.strptime("2024-060", "%Y-%j")
print(t.tm_mon, t.tm_mday, t.tm_yday)
for text, fmt in [("2023", "%Y-%m"), ("2023-01x", "%Y-%m"), ("2023-02-30", "%Y-%m-%d")]:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError", e)
