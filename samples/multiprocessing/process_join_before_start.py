# API: Process.join before start raises AssertionError; is_alive before start is False
import multiprocessing

if __name__ == "__main__":
    p = multiprocessing.Process()
    print(p.is_alive())
    try:
        p.join()
    except AssertionError as e:
        print("AssertionError:", e)
