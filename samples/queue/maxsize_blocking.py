# a bounded Queue makes the producer wait in put() until the consumer thread takes items
import queue
import threading

q = queue.Queue(maxsize=2)
log = []


def producer():
    for i in range(6):
        q.put(i)
        log.append(f"put {i}")
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        log.append(f"got {item}")


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print(sorted(x for x in log if x.startswith("got")))
print(len([x for x in log if x.startswith("put")]))
print(q.qsize(), q.empty())
