# Queue is first-in first-out, LifoQueue last-in first-out, PriorityQueue smallest first
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for item in [3, 1, 4, 1, 5, 9, 2, 6]:
        q.put(item)
    print(cls.__name__, q.qsize(), [q.get() for _ in range(q.qsize())], q.empty())
