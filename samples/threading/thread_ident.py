# get_ident matches current_thread().ident and differs between live threads (API: get_ident, ident, native_id)
import threading

seen = {}


def record(key):
    seen[key] = (threading.get_ident(), threading.current_thread().ident)


if __name__ == "__main__":
    t = threading.Thread(target=record, args=("child",))
    print(t.ident is None)
    t.start()
    t.join()
    record("main")
    print(seen["child"][0] == seen["child"][1], seen["main"][0] == seen["main"][1])
    print(seen["child"][0] != seen["main"][0], t.ident == seen["child"][0])
    print(threading.main_thread().ident == threading.get_ident(), type(threading.get_native_id()).__name__)
