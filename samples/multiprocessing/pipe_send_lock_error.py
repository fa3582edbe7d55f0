# API: sending a Lock through a Pipe raises RuntimeError (only shared through inheritance)
import multiprocessing

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    try:
        a.send(multiprocessing.Lock())
    except RuntimeError as e:
        print("RuntimeError:", e)
