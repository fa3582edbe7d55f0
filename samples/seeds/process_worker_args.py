# from seed 004_85249be97c106635.txt, example 2 (Process with args)
import multiprocessing


def worker(num):
    print(f"Worker {num} started")


if __name__ == '__main__':
    processes = []
    for i in range(3):
        p = multiprocessing.Process(target=worker, args=(i,))
        processes.append(p)
        p.start()

    for p in processes:
        p.join()
