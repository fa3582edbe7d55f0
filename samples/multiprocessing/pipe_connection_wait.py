# API: multiprocessing.connection.wait on several pipes until every writer finishes
import multiprocessing
from multiprocessing.connection import wait


def child(conn, n):
    for i in range(n):
        conn.send((n, i))
    conn.close()


if __name__ == "__main__":
    readers = []
    for n in (1, 2, 3):
        r, w = multiprocessing.Pipe(duplex=False)
        p = multiprocessing.Process(target=child, args=(w, n))
        p.start()
        w.close()
        readers.append(r)
    got = []
    while readers:
        for r in wait(readers):
            try:
                got.append(r.recv())
            except EOFError:
                readers.remove(r)
    print(sorted(got))
