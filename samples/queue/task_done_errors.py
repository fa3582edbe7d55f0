# task_done once too often raises ValueError; unfinished_tasks counts puts not yet marked done
import queue

q = queue.Queue()
q.put("x")
q.put("y")
print(q.unfinished_tasks)
q.get()
q.task_done()
print(q.unfinished_tasks)
q.get()
q.task_done()
q.join()
print("join returns at once when nothing is unfinished")
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
