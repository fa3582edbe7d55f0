# API: SharedMemory.buf byte values, tolist/tobytes, invalid byte value
from multiprocessing import shared_memory

if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=4)
    for i in range(4):
        shm.buf[i] = i * 60
    print(shm.buf.tolist(), shm.buf.tobytes())
    try:
        shm.buf[0] = 256
    except ValueError as e:
        print("ValueError:", e)
    shm.close()
    shm.unlink()
