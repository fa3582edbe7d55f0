# API: Queue.get blocks until a child puts a value; get(timeout) succeeding
import multiprocessing


def late(q, ev):
    ev.wait()
    q.put("late value")


if __name__ == "__main__":
    q = multiprocessing.Queue()
    ev = multiprocessing.Event()
    p = multiprocessing.Process(target=late, args=(q, ev))
    p.start()
    ev.set()
    print(q.get(timeout=10))
    p.join()
