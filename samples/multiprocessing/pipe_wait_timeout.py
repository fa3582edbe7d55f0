# API: multiprocessing.connection.wait with a timeout returns [] when nothing is ready
import multiprocessing
from multiprocessing.connection import wait

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    print(wait([a], timeout=0.05))
    b.send(1)
    print(wait([a], timeout=1) == [a])
