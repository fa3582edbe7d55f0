# API: Queue.put/get FIFO order across a process
import multiprocessing


def produce(q):
    for i in range(5):
        q.put(i)
    q.put(None)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    items = []
    while True:
        item = q.get()
        if item is None:
            break
        items.append(item)
    p.join()
    print(items)
