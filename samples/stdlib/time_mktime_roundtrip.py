# time.mktime inverts time.localtime for fixed timestamps (whatever the local zone)
import time

for ts in [0, 86400, 1700000000, 951782400]:
    lt = time.localtime(ts)
    print(ts, time.mktime(lt), time.mktime(lt) == ts)
print(time.ctime(0) == time.asctime(time.localtime(0)))
