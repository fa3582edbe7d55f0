# API: Value shared with children: writes in the child are seen by the parent
import multiprocessing


def set_values(i, d, c):
    i.value = -12345
    d.value = 2.5
    c.value = b"z"


if __name__ == "__main__":
    i = multiprocessing.Value("i", 0)
    d = multiprocessing.Value("d", 0.0)
    c = multiprocessing.Value("c", b"a")
    p = multiprocessing.Process(target=set_values, args=(i, d, c))
    p.start()
    p.join()
    print(i.value, d.value, c.value)
