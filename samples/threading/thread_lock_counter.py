# Threads incrementing a shared counter under a Lock used as a context manager (API: threading.Lock)
import threading

counter = 0
lock = threading.Lock()


def add(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("counter", counter)
    print(lock.locked(), lock.acquire(), lock.locked())
    print(lock.acquire(False))
    lock.release()
    print(lock.acquire(timeout=0.01))
