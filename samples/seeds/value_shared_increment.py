# from seed 004_85249be97c106635.txt, example 5 (Value, unlocked += from 3 processes)
import multiprocessing


def update_shared_value(shared_value):
    shared_value.value += 1


if __name__ == '__main__':
    shared_value = multiprocessing.Value('i', 0)
    processes = []

    for _ in range(3):
        p = multiprocessing.Process(target=update_shared_value, args=(shared_value,))
        processes.append(p)
        p.start()

    for p in processes:
        p.join()

    print(f"Shared value: {shared_value.value}")
