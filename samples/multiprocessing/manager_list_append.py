# Manager().list(): append from children, then len, indexing, slicing, iteration, extend, += and sort in the parent
import multiprocessing


def add_squares(shared, start):
    for i in range(start, start + 3):
        shared.append(i * i)


if __name__ == "__main__":
    manager = multiprocessing.Manager()
    shared = manager.list([100])
    procs = [multiprocessing.Process(target=add_squares, args=(shared, s)) for s in (0, 3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    shared.sort()
    print(shared)
    print(len(shared), shared[0], shared[-1], shared[1:3])
    print([x for x in shared if x % 2 == 0])
    shared.extend([7, 8])
    shared += [9]
    print(shared[:], type(shared[:]).__name__)
    print(shared.index(7), shared.count(9), 16 in shared, shared.pop(), shared.pop(0))
    shared[0] = -1
    del shared[1]
    shared.insert(0, "first")
    shared.remove(-1)
    shared.reverse()
    print(list(shared))
    try:
        shared[99]
    except IndexError as e:
        print("IndexError:", e)
    manager.shutdown()
