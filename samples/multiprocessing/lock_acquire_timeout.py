# API: Lock.acquire(block=False), acquire(timeout) failing while another process holds it
import multiprocessing


def hold(lock, held, release):
    with lock:
        held.set()
        release.wait()


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    held, release = multiprocessing.Event(), multiprocessing.Event()
    p = multiprocessing.Process(target=hold, args=(lock, held, release))
    p.start()
    held.wait()
    print(lock.acquire(False), lock.acquire(block=False), lock.acquire(timeout=0.05))
    release.set()
    p.join()
    print(lock.acquire(timeout=1))
    lock.release()
