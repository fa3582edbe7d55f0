# API: Pool in a with-block returns the pool itself; _processes
import multiprocessing

if __name__ == "__main__":
    pool = multiprocessing.Pool(3)
    with pool as p:
        print(p is pool)
    pool.join()
    print("joined")
