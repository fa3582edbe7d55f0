# API: exceptions from Pool workers keep their type, args and custom attributes
import multiprocessing


class AppError(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code


def raise_builtin(kind):
    if kind == "key":
        raise KeyError("k")
    if kind == "index":
        raise IndexError("list index out of range")
    if kind == "type":
        raise TypeError("unsupported")
    raise AppError(42, "custom")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        for kind in ("key", "index", "type", "app"):
            try:
                pool.apply(raise_builtin, (kind,))
            except Exception as e:
                print(type(e).__name__, e.args, getattr(e, "code", None))
