# API: RLock acquired recursively in one process, blocked in another until fully released
import multiprocessing


def try_acquire(rlock, out):
    out.put(rlock.acquire(timeout=0.05))


if __name__ == "__main__":
    rlock = multiprocessing.RLock()
    q = multiprocessing.Queue()
    rlock.acquire()
    rlock.acquire()
    rlock.release()
    p = multiprocessing.Process(target=try_acquire, args=(rlock, q))
    p.start()
    print("child got it while held:", q.get())
    p.join()
    rlock.release()
    p = multiprocessing.Process(target=try_acquire, args=(rlock, q))
    p.start()
    print("child got it after release:", q.get())
    p.join()
