# API: Queue(maxsize), full(), put_nowait raising queue.Full, put(block=False), put(timeout)
import multiprocessing
import queue

if __name__ == "__main__":
    q = multiprocessing.Queue(2)
    q.put(1)
    q.put(2)
    print(q.full(), q.qsize())
    try:
        q.put_nowait(3)
    except queue.Full:
        print("Full from put_nowait")
    try:
        q.put(3, block=False)
    except queue.Full:
        print("Full from put(block=False)")
    try:
        q.put(3, timeout=0.05)
    except queue.Full:
        print("Full from put(timeout)")
    print(q.get(), q.get(), q.empty())
