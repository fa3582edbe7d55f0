# Process start-up: 16 children started and joined, each sending one result through a Queue.
from multiprocessing import Process, Queue


def work(q, n):
    q.put((n, sum(i * i for i in range(n * 1000))))


if __name__ == "__main__":
    q = Queue()
    procs = [Process(target=work, args=(q, n)) for n in range(16)]
    for p in procs:
        p.start()
    results = sorted([q.get() for _ in procs])
    for p in procs:
        p.join()
    print(len(results), results[-1])
