# Condition.notify(n) wakes n waiters, notify_all the rest; wait returns True when notified (API: Condition)
import threading

cond = threading.Condition()
state = {"go": 0, "waiting": 0}
woken = []


def waiter(i):
    with cond:
        state["waiting"] += 1
        cond.notify_all()
        ok = cond.wait_for(lambda: state["go"] > 0, timeout=5)
        state["go"] -= 1
        woken.append((i, ok))
        cond.notify_all()


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
with cond:
    cond.wait_for(lambda: state["waiting"] == 4)
    state["go"] = 1
    cond.notify(1)
with cond:
    cond.wait_for(lambda: len(woken) == 1)
print("after notify(1):", len(woken))
with cond:
    state["go"] = 3
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all:", len(woken), all(ok for _, ok in woken), sorted(i for i, _ in woken))
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01), cond.wait_for(lambda: "value"))
lock = threading.RLock()
c2 = threading.Condition(lock)
with c2:
    with lock:
        print("Condition over an RLock is reentrant")
