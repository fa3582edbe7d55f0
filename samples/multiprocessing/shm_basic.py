# API: shared_memory.SharedMemory create, buf writes, attach by name in a child, close/unlink
from multiprocessing import Process, shared_memory


def child(name):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[0] = 42
    shm.buf[1:4] = b"abc"
    shm.close()


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=8)
    print(shm.size >= 8, len(shm.buf))
    p = Process(target=child, args=(shm.name,))
    p.start()
    p.join()
    print(shm.buf[0], bytes(shm.buf[1:4]), bytes(shm.buf[4:8]))
    shm.close()
    shm.unlink()
