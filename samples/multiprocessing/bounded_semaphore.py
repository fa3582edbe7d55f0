# API: BoundedSemaphore over-release raises ValueError; repr
import multiprocessing

if __name__ == "__main__":
    sem = multiprocessing.BoundedSemaphore(2)
    print(repr(sem))
    sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    print(sem.get_value())
