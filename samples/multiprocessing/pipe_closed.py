# API: Connection.closed and operations on a closed connection raise OSError
import multiprocessing

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    print(a.closed)
    a.close()
    print(a.closed)
    a.close()
    for op in ("send", "recv", "poll", "fileno"):
        try:
            if op == "send":
                a.send(1)
            elif op == "recv":
                a.recv()
            elif op == "poll":
                a.poll()
            else:
                a.fileno()
        except OSError as e:
            print(op, "OSError:", e)
