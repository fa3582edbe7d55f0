# API: current_process().name and _identity-based names of nested children
import multiprocessing


def grandchild():
    print("grandchild:", multiprocessing.current_process().name)


def child():
    print("child:", multiprocessing.current_process().name)
    p = multiprocessing.Process(target=grandchild)
    p.start()
    p.join()


if __name__ == "__main__":
    print("main:", multiprocessing.current_process().name)
    for _ in range(2):
        p = multiprocessing.Process(target=child)
        p.start()
        p.join()
