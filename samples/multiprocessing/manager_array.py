# Manager().Array(typecode, seq): a child writes items, the parent reads length, items, slices and the array's str()
import multiprocessing


def double_all(arr):
    for i in range(len(arr)):
        arr[i] = arr[i] * 2


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        arr = manager.Array("i", [1, 2, 3, 4])
        p = multiprocessing.Process(target=double_all, args=(arr,))
        p.start()
        p.join()
        print(len(arr), arr[0], arr[-1], list(arr))
        print(arr[1:3])
        print(arr)
        try:
            arr[10] = 1
        except IndexError as e:
            print("IndexError:", e)
        floats = manager.Array("d", [0.5, 1])
        print(floats)
