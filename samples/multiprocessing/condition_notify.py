# API: Condition wait/notify between processes; wait(timeout) returning False
import multiprocessing


def consumer(cond, shared, out):
    with cond:
        while shared.value == 0:
            cond.wait()
        out.put(shared.value)


if __name__ == "__main__":
    cond = multiprocessing.Condition()
    shared = multiprocessing.Value("i", 0)
    out = multiprocessing.Queue()
    with cond:
        print("timed out wait:", cond.wait(0.05))
    p = multiprocessing.Process(target=consumer, args=(cond, shared, out))
    p.start()
    with cond:
        shared.value = 42
        cond.notify()
    print(out.get())
    p.join()
