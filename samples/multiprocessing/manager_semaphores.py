# Manager Semaphore, BoundedSemaphore and RLock: counting, re-entry and the threading errors on over-release
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        sem = manager.Semaphore(2)
        print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
        sem.release()
        sem.release()
        sem.release()
        print(sem.acquire(False), sem.acquire(False), sem.acquire(False), sem.acquire(False))
        bounded = manager.BoundedSemaphore(1)
        bounded.acquire()
        bounded.release()
        try:
            bounded.release()
        except ValueError as e:
            print("ValueError:", e)
        rlock = manager.RLock()
        with rlock:
            with rlock:
                print("re-entered")
        try:
            rlock.release()
        except RuntimeError as e:
            print("RuntimeError:", e)
