# from seed 004_85249be97c106635.txt, example 1 (Process without args)
import multiprocessing


def worker():
    print("Worker process started")


if __name__ == '__main__':
    processes = []
    for _ in range(3):
        p = multiprocessing.Process(target=worker)
        processes.append(p)
        p.start()

    for p in processes:
        p.join()
