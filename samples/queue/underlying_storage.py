# q.queue is the storage: a deque for Queue, a list for LifoQueue, a heap list for PriorityQueue; subclasses override _put/_get
import queue

q = queue.Queue()
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    q.put(x)
    lq.put(x)
    pq.put(x)
print(q.queue)
print(lq.queue)
print(pq.queue)
q.get()
lq.get()
pq.get()
print(q.queue, lq.queue, pq.queue)
print(type(q.queue).__name__, type(lq.queue).__name__, type(pq.queue).__name__)


class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop()


sq = SortedQueue()
for word in ["pear", "apple", "fig"]:
    sq.put(word)
print(sq.queue, sq.qsize())
print(sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
