# API: Array get_lock/get_obj, lock=False, repr of the raw array type
import multiprocessing

if __name__ == "__main__":
    a = multiprocessing.Array("i", 3)
    with a.get_lock():
        a[0] = 1
    print(a[:], type(a.get_lock()).__name__)
    raw = multiprocessing.Array("i", 3, lock=False)
    print(type(raw).__name__, raw[:])
    print(type(a.get_obj()).__name__)
