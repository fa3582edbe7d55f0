# API: managers.SharedMemoryManager: SharedMemory and ShareableList made through the manager, seen by a child, unlinked at shutdown
import multiprocessing as mp
from multiprocessing.managers import SharedMemoryManager
from multiprocessing import shared_memory


def fill(name, n):
    shm = shared_memory.SharedMemory(name=name)
    for i in range(n):
        shm.buf[i] = i * 2
    shm.close()


def double(sl):
    for i in range(len(sl)):
        sl[i] = sl[i] * 2


if __name__ == "__main__":
    with SharedMemoryManager() as smm:
        print(repr(smm).split(" object at")[0])
        print([p.name for p in mp.active_children()])
        block = smm.SharedMemory(size=8)
        print(type(block).__name__, block.size)
        p = mp.Process(target=fill, args=(block.name, 8))
        p.start()
        p.join()
        print(list(block.buf[:8]))
        numbers = smm.ShareableList([1, 2, 3])
        q = mp.Process(target=double, args=(numbers,))
        q.start()
        q.join()
        print(list(numbers))
        name = block.name
        block.close()
    try:
        shared_memory.SharedMemory(name=name)
    except FileNotFoundError as e:
        print("after shutdown:", type(e).__name__, e.errno)
    print(mp.active_children())
