# ProcessPoolExecutor workers are ForkProcess-N processes, started together on first submit (API: ProcessPoolExecutor, current_process)
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def name(_):
    return multiprocessing.current_process().name


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        names = set(executor.map(name, range(20)))
        print(len(multiprocessing.active_children()))
    # Which worker runs which task is up to the scheduler (one worker may take them all).
    print(names <= {"ForkProcess-1", "ForkProcess-2"}, len(names) >= 1)
