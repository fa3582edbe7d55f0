# API: repr of Lock and RLock (owner and count)
import multiprocessing

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    print(repr(lock))
    lock.acquire()
    print(repr(lock))
    lock.release()
    rlock = multiprocessing.RLock()
    print(repr(rlock))
    rlock.acquire()
    rlock.acquire()
    print(repr(rlock))
    rlock.release()
    rlock.release()
    print(repr(rlock))
