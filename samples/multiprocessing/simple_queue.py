# API: SimpleQueue put/get/empty/close across processes
import multiprocessing


def worker(q):
    q.put(("from child", 1))


if __name__ == "__main__":
    q = multiprocessing.SimpleQueue()
    print(q.empty())
    p = multiprocessing.Process(target=worker, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(q.empty())
    q.close()
    try:
        q.get()
    except OSError as e:
        print("OSError:", e)
