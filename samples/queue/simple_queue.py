# SimpleQueue: an unbounded FIFO without task tracking, shared with a thread
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put("a")
sq.put_nowait("b")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
print(hasattr(sq, "task_done"), hasattr(sq, "join"), hasattr(sq, "maxsize"))


def double_all(n):
    for i in range(n):
        sq.put(i * 2)


t = threading.Thread(target=double_all, args=(5,))
t.start()
got = [sq.get() for _ in range(5)]
t.join()
print(got)
