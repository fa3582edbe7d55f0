# API: Array from size and from initializer, len, indexing, negative index, iteration
import multiprocessing

if __name__ == "__main__":
    a = multiprocessing.Array("i", 4)
    b = multiprocessing.Array("d", [1.5, 2.5, 3.5])
    print(len(a), list(a), len(b), list(b))
    a[0] = 10
    a[-1] = 40
    print(a[0], a[-1], a[:])
    try:
        a[4]
    except IndexError as e:
        print("IndexError:", e)
    try:
        a[4] = 1
    except IndexError as e:
        print("IndexError:", e)
