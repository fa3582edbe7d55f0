# Barrier timeouts and abort() break it: waiters get BrokenBarrierError; reset() repairs it (API: Barrier)
import threading
import time

b = threading.Barrier(2, timeout=0.1)
print(b.parties, b.n_waiting, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset:", b.broken)

results = []


def party():
    try:
        results.append(b.wait(timeout=5))
    except threading.BrokenBarrierError:
        results.append("broken")


t = threading.Thread(target=party)
t.start()
results.append(b.wait())
t.join()
print(sorted(results))

b2 = threading.Barrier(3)
t = threading.Thread(target=party)
b = b2
t.start()
while b2.n_waiting < 1:
    time.sleep(0.01)
b2.abort()
t.join()
print(results[-1], b2.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
