# threading.TIMEOUT_MAX bounds the timeouts that Lock.acquire and friends accept (API: threading.TIMEOUT_MAX)
import threading

print(threading.TIMEOUT_MAX, type(threading.TIMEOUT_MAX).__name__)
lock = threading.Lock()
print(lock.acquire(timeout=threading.TIMEOUT_MAX))
lock.release()
print(threading.Event().wait(timeout=0) is False)
