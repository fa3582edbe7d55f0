# API: Queue.get_nowait / get(block=False) / get(timeout) raising queue.Empty
import multiprocessing
import queue

if __name__ == "__main__":
    q = multiprocessing.Queue()
    print(q.empty(), q.qsize())
    for attempt in ("nowait", "noblock", "timeout"):
        try:
            if attempt == "nowait":
                q.get_nowait()
            elif attempt == "noblock":
                q.get(False)
            else:
                q.get(True, 0.05)
        except queue.Empty as e:
            print(attempt, type(e).__name__, type(e).__module__)
