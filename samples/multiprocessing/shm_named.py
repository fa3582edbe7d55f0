# API: SharedMemory with an explicit name; creating it twice raises FileExistsError
from multiprocessing import shared_memory

if __name__ == "__main__":
    a = shared_memory.SharedMemory(name="py2ts_conf_seg", create=True, size=16)
    print(a.name)
    try:
        shared_memory.SharedMemory(name="py2ts_conf_seg", create=True, size=16)
    except FileExistsError as e:
        print("FileExistsError:", e)
    b = shared_memory.SharedMemory(name="py2ts_conf_seg")
    a.buf[0] = 7
    print(b.buf[0], b.name == a.name)
    b.close()
    a.close()
    a.unlink()
