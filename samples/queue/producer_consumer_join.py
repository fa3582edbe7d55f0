# worker threads consume a Queue; task_done and join wait until every item is processed
import queue
import threading

tasks = queue.Queue()
results = []
results_lock = threading.Lock()


def worker(n):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        with results_lock:
            results.append((item, item * item, n >= 0))
        tasks.task_done()


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for i in range(10):
    tasks.put(i)
tasks.join()
print("all tasks done, unfinished:", tasks.unfinished_tasks)
print(sorted(results))
for _ in threads:
    tasks.put(None)
for t in threads:
    t.join()
print(tasks.empty(), [t.is_alive() for t in threads])
