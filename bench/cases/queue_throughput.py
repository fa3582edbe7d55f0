# Inter-process messaging: 50,000 small messages from a producer process through a Queue.
from multiprocessing import Process, Queue

N = 50_000


def produce(q):
    for i in range(N):
        q.put(("item", i))
    q.put(None)


if __name__ == "__main__":
    q = Queue()
    p = Process(target=produce, args=(q,))
    p.start()
    total = 0
    while (item := q.get()) is not None:
        total += item[1]
    p.join()
    print(total)
