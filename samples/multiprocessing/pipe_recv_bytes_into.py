# API: Connection.recv_bytes_into a bytearray with offset; BufferTooShort
import multiprocessing

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    buf = bytearray(8)
    a.send_bytes(b"abc")
    print(b.recv_bytes_into(buf), buf)
    a.send_bytes(b"xy")
    print(b.recv_bytes_into(buf, 4), buf)
    a.send_bytes(b"0123456789")
    try:
        b.recv_bytes_into(buf)
    except multiprocessing.BufferTooShort as e:
        print("BufferTooShort", e.args[0])
