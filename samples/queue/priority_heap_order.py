# PriorityQueue is a heap: items equal under __lt__ come out in heap order, not insertion order
import queue


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


q = queue.PriorityQueue()
for i, p in enumerate([2, 1, 2, 1, 3, 1, 2, 2, 1, 3]):
    q.put(Job(p, f"job{i}"))
order = []
while not q.empty():
    job = q.get()
    order.append(f"{job.priority}:{job.name}")
print(" ".join(order))
