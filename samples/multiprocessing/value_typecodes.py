# API: Value for every integer typecode, default value and repr
import multiprocessing

if __name__ == "__main__":
    for code in "bBhHiIlLqQ":
        v = multiprocessing.Value(code)
        print(code, v.value, repr(v.get_obj()))
    for code in "fd":
        print(code, multiprocessing.Value(code).value)
    print(multiprocessing.Value("c").value)
    print(repr(multiprocessing.Value("u").value))
