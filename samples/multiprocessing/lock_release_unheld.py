# API: Lock.release of an unlocked lock raises ValueError; RLock release not owned raises AssertionError
import multiprocessing

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)
    rlock = multiprocessing.RLock()
    try:
        rlock.release()
    except AssertionError as e:
        print("AssertionError:", e)
