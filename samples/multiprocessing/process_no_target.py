# API: Process() without a target runs nothing and exits 0
import multiprocessing

if __name__ == "__main__":
    p = multiprocessing.Process()
    p.start()
    p.join()
    print("exitcode", p.exitcode)
