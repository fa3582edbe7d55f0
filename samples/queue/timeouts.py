# get(timeout=) and put(timeout=) wait, then raise Empty / Full; a negative timeout is a ValueError
import queue
import time

q = queue.Queue(maxsize=1)
start = time.monotonic()
try:
    q.get(timeout=0.2)
except queue.Empty:
    print("Empty after waiting", time.monotonic() - start >= 0.15)
q.put(1)
start = time.monotonic()
try:
    q.put(2, timeout=0.2)
except queue.Full:
    print("Full after waiting", time.monotonic() - start >= 0.15)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.put(3, True, -0.5)
except ValueError as e:
    print("ValueError:", e)
print(q.get(timeout=0.1))
try:
    queue.LifoQueue().get(True, 0.05)
except queue.Empty:
    print("LifoQueue Empty")
