# ctypes fundamental types: values with C wrap-around, sizeof, and as Value/Array types across a process
import ctypes
from ctypes import c_int, c_double, c_char, c_bool, sizeof
from multiprocessing import Value, Array, RawValue, Process

def bump(v, a):
    with v.get_lock():
        v.value += 10
    a[0] = b"z"

if __name__ == "__main__":
    x = c_int(5)
    x.value += 1
    print(x, x.value, repr(c_double()), c_char(b"a"), c_bool(7))
    print(ctypes.c_int8(200), ctypes.c_uint8(-1), ctypes.c_uint(-1), ctypes.c_float(0.1))
    print(sizeof(c_int), sizeof(x), sizeof(ctypes.c_double), sizeof(ctypes.c_int64))
    print(ctypes.c_int64, ctypes.c_size_t, type(x).__name__, c_int.__name__)
    print(ctypes.c_int._type_, ctypes.c_longlong._type_, ctypes.c_bool._type_)
    v = Value(c_int, 1)
    a = Array(c_char, b"abc")
    p = Process(target=bump, args=(v, a))
    p.start(); p.join()
    print(v, v.value, a.value, a[:])
    print(isinstance(v.get_obj(), c_int), type(RawValue(c_double, 2.5)))
    b = Value(c_bool, 5)
    print(b, b.value)
    for bad in ["x", 3.5]:
        try:
            c_int(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        sizeof(3)
    except TypeError as e:
        print("TypeError", e)
