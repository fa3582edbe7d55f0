# API: Array slicing reads and slice assignment (same length required)
import multiprocessing

if __name__ == "__main__":
    a = multiprocessing.Array("h", range(10))
    print(a[2:5], a[::3], a[::-1], a[-3:])
    a[0:3] = [7, 8, 9]
    print(a[:])
    a[::2] = [0] * 5
    print(a[:])
    try:
        a[0:2] = [1, 2, 3]
    except ValueError as e:
        print("ValueError:", e)
