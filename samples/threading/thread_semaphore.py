# Semaphore counting, non-blocking acquire, and BoundedSemaphore's over-release (API: threading.Semaphore, BoundedSemaphore)
import threading

if __name__ == "__main__":
    sem = threading.Semaphore(2)
    print(sem.acquire(False), sem.acquire(False), sem.acquire(False))
    sem.release(2)
    print(sem.acquire(timeout=0.01), sem.acquire(blocking=False))
    bounded = threading.BoundedSemaphore(1)
    with bounded:
        print("inside", bounded.acquire(False))
    try:
        bounded.release()
    except ValueError as e:
        print(e)
    for bad in (lambda: threading.Semaphore(-1), lambda: sem.release(0)):
        try:
            bad()
        except ValueError as e:
            print(e)
    try:
        sem.acquire(False, 1)
    except ValueError as e:
        print(e)
