# Event.wait returns False on timeout and True once set; clear() resets it (API: Event.wait, is_set, clear)
import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0.05), ev.wait(timeout=0))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0.01))
ev.clear()
print(ev.is_set(), ev.wait(0.01))

ready = threading.Event()
seen = []


def waiter(name):
    seen.append((name, ready.wait(5)))


threads = [threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(3)]
for t in threads:
    t.start()
ready.set()
for t in threads:
    t.join()
print(sorted(seen))
