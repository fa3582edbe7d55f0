# get_nowait on an empty queue raises queue.Empty, put_nowait on a full one raises queue.Full
import queue

q = queue.Queue(maxsize=2)
print(q.maxsize, q.empty(), q.full())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e).__mro__[1].__name__)
q.put_nowait("a")
q.put_nowait("b")
print(q.qsize(), q.full())
try:
    q.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put("c", block=False)
except queue.Full:
    print("Full again with block=False")
print(q.get_nowait(), q.get(block=False), q.empty())
try:
    q.get(False)
except queue.Empty:
    print("Empty with get(False)")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
unbounded = queue.Queue()
for i in range(1000):
    unbounded.put_nowait(i)
print(unbounded.full(), unbounded.qsize(), unbounded.maxsize)
