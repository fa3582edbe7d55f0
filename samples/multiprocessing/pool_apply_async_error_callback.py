# API: Pool.apply_async error_callback, successful() False, get() re-raises
import multiprocessing


def fail(x):
    raise ValueError("bad input %d" % x)


errors = []


def on_error(exc):
    errors.append(repr(exc))


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        r = pool.apply_async(fail, (7,), error_callback=on_error)
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ValueError as e:
            print("ValueError:", e)
    print(errors)
