# API: Value/Array with ctypes types instead of typecodes
import ctypes
import multiprocessing

if __name__ == "__main__":
    v = multiprocessing.Value(ctypes.c_int, 3)
    d = multiprocessing.Value(ctypes.c_double, 0.5)
    a = multiprocessing.Array(ctypes.c_ubyte, [1, 255])
    print(v.value, d.value, a[:])
