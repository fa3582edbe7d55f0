# API: Process target that is a lambda works with fork (no pickling of the target)
import multiprocessing

if __name__ == "__main__":
    p = multiprocessing.Process(target=lambda: print("lambda target ran"))
    p.start()
    p.join()
    print(p.exitcode)
