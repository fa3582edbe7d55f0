# API: Array element stores wrap like C integers; float arrays round to C float
import multiprocessing

if __name__ == "__main__":
    b = multiprocessing.Array("b", [127, -128, 0])
    b[0] = 128
    b[1] = -129
    b[2] = 1000
    print(b[:])
    B = multiprocessing.Array("B", 2)
    B[0] = -1
    B[1] = 256 + 7
    print(B[:])
    f = multiprocessing.Array("f", [0.1, 0.5])
    print(f[:])
