# How manager proxies print: repr() names the proxy type and typeid, str() and print() show the referent
import multiprocessing


def without_address(text):
    return text.split(" at 0x")[0] + ">"


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        proxies = [
            manager.dict(a=1),
            manager.list([1, 2]),
            manager.Namespace(x=1),
            manager.Value("i", 7),
            manager.Queue(),
            manager.Lock(),
            manager.Event(),
            manager.Barrier(2),
        ]
        for proxy in proxies:
            print(without_address(repr(proxy)))
        d, lst, ns, v = proxies[:4]
        print(d, lst, ns, v)
        print(str(d), f"{lst}", [without_address(repr(d))])
