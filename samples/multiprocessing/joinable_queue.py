# API: JoinableQueue.task_done and join; task_done too many times raises ValueError
import multiprocessing


def consume(q, results):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.put(item * 2)
        q.task_done()


if __name__ == "__main__":
    q = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=consume, args=(q, results))
    p.start()
    for i in range(5):
        q.put(i)
    q.put(None)
    q.join()
    print("all tasks done")
    print(sorted([results.get() for _ in range(5)]))
    p.join()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
