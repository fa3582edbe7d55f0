# Thread repr before start, daemon flag in repr, name/daemon validation (API: Thread.__repr__)
import threading


def work():
    pass


t = threading.Thread(target=work, name="worker")
print(repr(t))
d = threading.Thread(target=work, name="bg", daemon=True)
print(repr(d))
print(t.name, t.daemon, t.ident, t.native_id, d.daemon)
t.start()
t.join()
print(repr(t).startswith("<Thread(worker, stopped "), t.ident is not None)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started "))
