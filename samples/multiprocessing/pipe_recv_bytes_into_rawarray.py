# API: Connection.recv_bytes_into a ctypes char array (RawArray('c', n))
import multiprocessing

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    buf = multiprocessing.RawArray("c", 6)
    a.send_bytes(b"abc")
    print(b.recv_bytes_into(buf), buf.raw)
    a.send_bytes(b"xy")
    print(b.recv_bytes_into(buf, 4), buf.raw)
