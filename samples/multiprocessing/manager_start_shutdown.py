# SyncManager used without `with`: start() runs the server process, shutdown() stops it; the manager counts as a child
import multiprocessing
from multiprocessing.managers import SyncManager


def show(name_list):
    name_list.append(multiprocessing.current_process().name)


if __name__ == "__main__":
    manager = SyncManager()
    try:
        manager.dict()
    except AssertionError as e:
        print("AssertionError:", e)
    manager.start()
    names = manager.list()
    p = multiprocessing.Process(target=show, args=(names,))
    p.start()
    p.join()
    print(list(names), p.name)
    print([c.name for c in multiprocessing.active_children()])
    manager.shutdown()
    print([c.name for c in multiprocessing.active_children()])
    try:
        names.append(1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        manager.start()
    except multiprocessing.ProcessError as e:
        print("ProcessError:", e)
