# API: Pipe() duplex, send/recv both ways between processes
import multiprocessing


def child(conn):
    msg = conn.recv()
    conn.send(("echo", msg))
    conn.close()


if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=child, args=(b,))
    p.start()
    a.send({"k": [1, 2]})
    print(a.recv())
    p.join()
