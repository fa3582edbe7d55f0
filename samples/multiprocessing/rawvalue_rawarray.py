# API: RawValue and RawArray shared with a child (no lock)
import multiprocessing


def work(v, a):
    v.value = 99
    a[1] = 2.25


if __name__ == "__main__":
    v = multiprocessing.RawValue("i", 1)
    a = multiprocessing.RawArray("d", 3)
    p = multiprocessing.Process(target=work, args=(v, a))
    p.start()
    p.join()
    print(v.value, a[:], repr(v))
