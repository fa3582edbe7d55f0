# An ndarray passed to a Process arrives as a copy with its dtype and shape (as pickle carries
# it): slices, 2-D arrays and bool arrays alike; the child's changes stay in the child.
import multiprocessing as mp
import numpy as np


def describe(name, arr, queue):
    arr[0] = -1
    queue.put((name, str(arr.dtype), arr.shape, arr.tolist(), repr(arr.sum())))


if __name__ == "__main__":
    queue = mp.Queue()
    data = np.arange(12).reshape(3, 4)
    pieces = [("slice", data[1:, ::2]), ("floats", np.linspace(0, 1, 4)), ("mask", data > 5)]
    for name, piece in pieces:
        p = mp.Process(target=describe, args=(name, piece, queue))
        p.start()
        print(queue.get())
        p.join()
    print(data)
