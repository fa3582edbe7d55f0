# API: Pool argument validation (processes, maxtasksperchild, initializer)
import multiprocessing

if __name__ == "__main__":
    for kwargs in ({"processes": 0}, {"processes": -1}, {"maxtasksperchild": 0}, {"initializer": 5}):
        try:
            multiprocessing.Pool(**kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
