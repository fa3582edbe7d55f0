# API: SharedMemory argument errors and attaching a missing name
from multiprocessing import shared_memory

if __name__ == "__main__":
    for kwargs in ({"create": True, "size": 0}, {"size": -1}, {}):
        try:
            shared_memory.SharedMemory(**kwargs)
        except ValueError as e:
            print("ValueError:", e)
    try:
        shared_memory.SharedMemory(name="py2ts_no_such_segment")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
