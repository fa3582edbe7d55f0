# API: Connection.send_bytes (offset, size) and recv_bytes (maxlength)
import multiprocessing

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    a.send_bytes(b"hello world")
    print(b.recv_bytes())
    a.send_bytes(b"hello world", 6)
    print(b.recv_bytes())
    a.send_bytes(b"hello world", 0, 5)
    print(b.recv_bytes())
    a.send_bytes(b"")
    print(b.recv_bytes())
    for args in ((-1,), (20,), (0, -1), (5, 10)):
        try:
            a.send_bytes(b"hello world", *args)
        except ValueError as e:
            print(args, "ValueError:", e)
    a.send_bytes(b"toolong")
    try:
        b.recv_bytes(3)
    except OSError as e:
        print("OSError:", e)
