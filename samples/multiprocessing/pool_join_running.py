# API: Pool.join while running raises ValueError("Pool is still running")
import multiprocessing

if __name__ == "__main__":
    pool = multiprocessing.Pool(1)
    try:
        pool.join()
    except ValueError as e:
        print("ValueError:", e)
    pool.terminate()
    pool.join()
    print("terminated")
