# from seed 004_85249be97c106635.txt, example 3 (numpy, cpu_count, exitcode)
import multiprocessing
import numpy as np


def calculate_square_sum(arr):
    return np.sum(arr ** 2)


if __name__ == '__main__':
    data = np.random.rand(1000000)
    num_processes = multiprocessing.cpu_count()
    chunk_size = len(data) // num_processes
    processes = []

    for i in range(num_processes):
        start = i * chunk_size
        end = start + chunk_size if i < num_processes - 1 else len(data)
        p = multiprocessing.Process(target=calculate_square_sum, args=(data[start:end],))
        processes.append(p)
        p.start()

    results = []
    for p in processes:
        p.join()
        results.append(p.exitcode)

    total_sum = sum(results)
    print(f"Total square sum: {total_sum}")
