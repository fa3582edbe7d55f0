# API: Process.is_alive before start, while running, after join
import multiprocessing


def wait_for(event):
    event.wait()


if __name__ == "__main__":
    ev = multiprocessing.Event()
    p = multiprocessing.Process(target=wait_for, args=(ev,))
    print(p.is_alive())
    p.start()
    print(p.is_alive())
    ev.set()
    p.join()
    print(p.is_alive())
    print(multiprocessing.current_process().is_alive())
