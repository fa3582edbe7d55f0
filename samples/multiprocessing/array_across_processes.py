# API: Array shared with a child that fills it
import multiprocessing


def fill(arr):
    for i in range(len(arr)):
        arr[i] = i * i


if __name__ == "__main__":
    arr = multiprocessing.Array("l", 6)
    p = multiprocessing.Process(target=fill, args=(arr,))
    p.start()
    p.join()
    print(arr[:], sum(arr))
