# API: Value rejects wrong types (TypeError messages from ctypes)
import multiprocessing

if __name__ == "__main__":
    i = multiprocessing.Value("i")
    for bad in ("x", 1.5, None):
        try:
            i.value = bad
        except TypeError as e:
            print("i", repr(bad), "TypeError:", e)
    d = multiprocessing.Value("d")
    try:
        d.value = "x"
    except TypeError as e:
        print("d TypeError:", e)
    try:
        multiprocessing.Value("z")
    except TypeError as e:
        print("TypeError" , type(e).__name__)
