# API: Semaphore(value) acquire/release counting, get_value, repr, negative value
import multiprocessing

if __name__ == "__main__":
    sem = multiprocessing.Semaphore(2)
    print(sem.get_value(), repr(sem))
    print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
    print(sem.get_value())
    sem.release()
    sem.release()
    sem.release()
    print(sem.get_value())
    try:
        multiprocessing.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
