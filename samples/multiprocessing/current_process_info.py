# API: current_process() name/daemon/_identity in main and child, parent_process()
import multiprocessing


def child():
    cp = multiprocessing.current_process()
    pp = multiprocessing.parent_process()
    print("child:", cp.name, cp.daemon, cp._identity, pp.name)


if __name__ == "__main__":
    cp = multiprocessing.current_process()
    print("main:", cp.name, cp.daemon, cp._identity, multiprocessing.parent_process())
    p = multiprocessing.Process(target=child, name="Kid")
    p.start()
    p.join()
