# API: Condition.wait/notify without holding the lock raise AssertionError
import multiprocessing

if __name__ == "__main__":
    cond = multiprocessing.Condition()
    for op in ("wait", "notify", "notify_all"):
        try:
            getattr(cond, op)()
        except AssertionError as e:
            print(op, "AssertionError", e)
