# API: Pool.imap raises the task's exception when iteration reaches it
import multiprocessing


def check(x):
    if x == 2:
        raise RuntimeError("boom at 2")
    return x * 10


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        out = []
        try:
            for v in pool.imap(check, range(5)):
                out.append(v)
        except RuntimeError as e:
            print("RuntimeError:", e)
        print(out)
