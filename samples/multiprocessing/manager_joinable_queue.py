# Manager().JoinableQueue(): a worker marks each task done; join() returns once all are
import multiprocessing


def worker(tasks, done):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        done.append(item * 10)
        tasks.task_done()


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        tasks = manager.JoinableQueue()
        done = manager.list()
        p = multiprocessing.Process(target=worker, args=(tasks, done))
        p.start()
        for i in range(5):
            tasks.put(i)
        tasks.put(None)
        tasks.join()
        print("joined", sorted(done))
        p.join()
        try:
            tasks.task_done()
        except ValueError as e:
            print("ValueError:", e)
