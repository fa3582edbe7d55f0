# API: Connection.recv raises EOFError once the other end is closed (after draining)
import multiprocessing


def child(conn):
    conn.send("last")
    conn.close()


if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=child, args=(b,))
    p.start()
    b.close()
    print(a.recv())
    try:
        a.recv()
    except EOFError:
        print("EOFError")
    p.join()
