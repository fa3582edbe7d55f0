# API: many small messages through a Pipe keep their order
import multiprocessing


def produce(conn):
    for i in range(500):
        conn.send(i)
    conn.send(None)


if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=produce, args=(b,))
    p.start()
    total = 0
    count = 0
    prev = -1
    ordered = True
    while True:
        v = a.recv()
        if v is None:
            break
        ordered = ordered and v == prev + 1
        prev = v
        total += v
        count += 1
    p.join()
    print(count, total, ordered)
