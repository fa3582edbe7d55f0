# API: Value('f') stores a C float (single precision), Value('d') a double
import multiprocessing

if __name__ == "__main__":
    f = multiprocessing.Value("f", 0.1)
    d = multiprocessing.Value("d", 0.1)
    print(f.value, d.value)
    f.value = 1e40
    print(f.value)
    f.value = 3
    d.value = -2
    print(f.value, d.value, type(f.value).__name__)
    d.value = float("nan")
    print(d.value)
