# API: Queue shared by several producer processes (results sorted)
import multiprocessing


def produce(q, base):
    for i in range(3):
        q.put(base * 10 + i)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=produce, args=(q, b)) for b in range(4)]
    for p in procs:
        p.start()
    items = [q.get() for _ in range(12)]
    for p in procs:
        p.join()
    print(sorted(items))
