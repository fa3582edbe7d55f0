# formatting a table of fixed timestamps with time.gmtime and time.strftime
import time

events = [(0, "epoch"), (1000000000, "billennium"), (1234567890, "1234567890"), (2147483647, "y2038")]
for ts, label in events:
    t = time.gmtime(ts)
    print(f"{label:>12}  {time.strftime('%Y-%m-%d %H:%M:%S', t)}  day {t.tm_yday:3d}  {time.strftime('%a', t)}")
