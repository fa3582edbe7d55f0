# generator expressions that block (queue gets): consumed by sorted()/sum() and by a for loop, as async generators
from multiprocessing import Process, Queue


def work(q, n):
    q.put(n * n)


if __name__ == "__main__":
    q = Queue()
    procs = [Process(target=work, args=(q, n)) for n in range(4)]
    for p in procs:
        p.start()
    print(sorted(q.get() for _ in procs))
    for p in procs:
        p.join()
    q2 = Queue()
    for i in range(3):
        q2.put(i)
    for v in (q2.get() * 10 for _ in range(3)):
        print("got", v)
    for i in range(3):
        q2.put(i)
    print(sum(q2.get() for _ in range(3)), "sum")
