# API: Connection.poll with and without timeout
import multiprocessing

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    print(a.poll(), a.poll(0.05))
    b.send(1)
    print(a.poll(), a.poll(None))
    a.recv()
    print(a.poll(0))
