# API: Connection as a context manager closes it
import multiprocessing

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    with a:
        a.send("inside")
        print(b.recv())
    print(a.closed, b.closed)
