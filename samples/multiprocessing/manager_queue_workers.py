# Manager().Queue(): worker processes take jobs from one manager queue and put results on another
import multiprocessing


def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is None:
            break
        results.put((job, job * job))


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        jobs = manager.Queue()
        results = manager.Queue()
        workers = [multiprocessing.Process(target=worker, args=(jobs, results)) for _ in range(3)]
        for w in workers:
            w.start()
        for n in range(10):
            jobs.put(n)
        for _ in workers:
            jobs.put(None)
        for w in workers:
            w.join()
        print(results.qsize(), results.empty(), jobs.empty())
        print(sorted([results.get() for _ in range(10)]))
        try:
            results.get_nowait()
        except Exception as e:
            print(type(e).__name__)
