# API: Process.daemon (constructor keyword, attribute, inherited by default False)
import multiprocessing


def report():
    print("child daemon:", multiprocessing.current_process().daemon)


if __name__ == "__main__":
    p = multiprocessing.Process(target=report, daemon=True)
    q = multiprocessing.Process(target=report)
    print(p.daemon, q.daemon)
    q.daemon = True
    print(q.daemon)
    p.start()
    p.join()
    try:
        p.daemon = False
    except AssertionError as e:
        print("AssertionError:", e)
