# API: Condition.notify_all wakes every waiting process
import multiprocessing


def waiter(cond, flag, ready, out, i):
    with cond:
        ready.release()
        while not flag.value:
            cond.wait()
    out.put(i)


if __name__ == "__main__":
    cond = multiprocessing.Condition()
    flag = multiprocessing.Value("b", 0)
    ready = multiprocessing.Semaphore(0)
    out = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=waiter, args=(cond, flag, ready, out, i)) for i in range(3)]
    for p in procs:
        p.start()
    for _ in procs:
        ready.acquire()
    with cond:
        flag.value = 1
        cond.notify_all()
    print(sorted([out.get() for _ in procs]))
    for p in procs:
        p.join()
