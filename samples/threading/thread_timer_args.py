# Timer passes args and kwargs to its function, is a Thread, and can be cancelled while waiting (API: threading.Timer)
import threading

calls = []


def record(tag, times=1):
    calls.append(tag * times)


t = threading.Timer(0.05, record, args=("ab",), kwargs={"times": 3})
print(isinstance(t, threading.Thread), t.interval)
t.start()
t.join()
print(calls)

late = threading.Timer(10, record, ["never"])
late.start()
late.cancel()
late.join()
print(calls, late.is_alive())
print(late.finished.is_set())
