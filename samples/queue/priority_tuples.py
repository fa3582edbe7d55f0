# PriorityQueue with (priority, item) tuples: ties broken by the second element; uncomparable items fail
import queue

q = queue.PriorityQueue()
q.put((2, "write report"))
q.put((1, "fix bug"))
q.put((3, "lunch"))
q.put((1, "answer mail"))
q.put((2, "a meeting"))
while not q.empty():
    priority, task = q.get()
    print(priority, task)

q = queue.PriorityQueue()
q.put((1, {"a": 1}))
try:
    q.put((1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)
print(q.qsize())
