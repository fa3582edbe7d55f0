# Lock.acquire with blocking=False and timeout=, locked(), and the return values (API: Lock.acquire)
import threading
import time

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
start = time.monotonic()
print(lock.acquire(timeout=0.1), time.monotonic() - start >= 0.08)
lock.release()
print(lock.locked(), lock.acquire(timeout=0.1))
lock.release()
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)

holder_has_it = threading.Event()
release_now = threading.Event()


def holder():
    with lock:
        holder_has_it.set()
        release_now.wait()


t = threading.Thread(target=holder)
t.start()
holder_has_it.wait()
print("main gets it while held:", lock.acquire(timeout=0.05))
release_now.set()
print("main gets it after release:", lock.acquire(timeout=5))
lock.release()
t.join()
