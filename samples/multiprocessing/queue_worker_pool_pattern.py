# API: task and result queues with several worker processes and sentinels
import multiprocessing


def worker(tasks, results):
    while True:
        n = tasks.get()
        if n is None:
            break
        results.put((n, n * n))


if __name__ == "__main__":
    tasks, results = multiprocessing.Queue(), multiprocessing.Queue()
    workers = [multiprocessing.Process(target=worker, args=(tasks, results)) for _ in range(3)]
    for w in workers:
        w.start()
    for n in range(10):
        tasks.put(n)
    for _ in workers:
        tasks.put(None)
    out = dict([results.get() for _ in range(10)])
    for w in workers:
        w.join()
    print(sorted(out.items()))
    print([w.exitcode for w in workers])
