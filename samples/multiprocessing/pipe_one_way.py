# API: Pipe(duplex=False) readable/writable ends; wrong-direction use raises OSError
import multiprocessing

if __name__ == "__main__":
    r, w = multiprocessing.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    w.send("one way")
    print(r.recv())
    try:
        r.send(1)
    except OSError as e:
        print("OSError:", e)
    try:
        w.recv()
    except OSError as e:
        print("OSError:", e)
