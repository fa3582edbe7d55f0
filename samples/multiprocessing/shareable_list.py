# API: shared_memory.ShareableList values, assignment, count/index, shared with a child
from multiprocessing import Process, shared_memory


def child(name):
    sl = shared_memory.ShareableList(name=name)
    sl[0] = sl[0] * 2
    sl[2] = "xyz"
    sl.shm.close()


if __name__ == "__main__":
    sl = shared_memory.ShareableList([21, 2.5, "abc", b"by", None, True, 21])
    print(list(sl), len(sl))
    print(sl.count(21), sl.index(2.5), sl.format)
    p = Process(target=child, args=(sl.shm.name,))
    p.start()
    p.join()
    print(list(sl))
    try:
        sl[2] = "too long for the slot"
    except ValueError as e:
        print("ValueError:", e)
    sl.shm.close()
    sl.shm.unlink()
