# sharedctypes.copy makes an independent raw copy; synchronized wraps a raw object in a lock-carrying wrapper
import multiprocessing
from multiprocessing.sharedctypes import RawArray, RawValue, copy, synchronized


def bump(counter):
    with counter.get_lock():
        counter.value += 5


if __name__ == "__main__":
    raw = RawValue("i", 10)
    dup = copy(raw)
    dup.value = 99
    print(raw.value, dup.value, type(dup).__name__)
    arr = RawArray("d", [1.0, 2.0])
    arr_copy = copy(arr)
    arr_copy[0] = 7.5
    print(arr[:], arr_copy[:], type(arr_copy).__name__)
    counter = synchronized(raw)
    print(type(counter).__name__, counter.value, counter.get_obj() is raw)
    p = multiprocessing.Process(target=bump, args=(counter,))
    p.start()
    p.join()
    print(counter.value, raw.value)
    sync_arr = synchronized(arr)
    print(type(sync_arr).__name__, len(sync_arr), sync_arr[1])
    text = synchronized(RawArray("c", b"hi"))
    print(type(text).__name__, text.value)
    try:
        synchronized(counter)
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        copy(counter)
    except TypeError as e:
        print("TypeError:", e)
