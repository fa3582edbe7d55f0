# API: pickling keeps shared and recursive references within one message
import multiprocessing


def check(q, pair, loop):
    q.put((pair[0] is pair[1], loop[0] is loop))


if __name__ == "__main__":
    shared = [1, 2]
    pair = [shared, shared]
    loop = []
    loop.append(loop)
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=check, args=(q, pair, loop))
    p.start()
    print(q.get())
    p.join()
