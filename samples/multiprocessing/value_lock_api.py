# API: Value get_lock/get_obj, lock=False returns a raw ctypes object, lock=<Lock>
import multiprocessing

if __name__ == "__main__":
    v = multiprocessing.Value("i", 5)
    print(type(v.get_lock()).__name__, repr(v.get_obj()))
    with v.get_lock():
        v.value += 1
    print(v.value, repr(v))
    raw = multiprocessing.Value("i", 7, lock=False)
    print(repr(raw), hasattr(raw, "get_lock"))
    own = multiprocessing.Lock()
    w = multiprocessing.Value("d", 1.5, lock=own)
    print(w.get_lock() is own, w.value)
    try:
        multiprocessing.Value("i", 1, lock="yes")
    except AttributeError as e:
        print("AttributeError:", e)
