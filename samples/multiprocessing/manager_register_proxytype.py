# API: BaseManager.register with proxytype (a BaseProxy subclass with _exposed_ and _callmethod), method_to_typeid, exposed, create_method; Token
from multiprocessing import Process
from multiprocessing.managers import BaseManager, BaseProxy, Token


class Counter:
    def __init__(self, start):
        self.n = start

    def inc(self):
        self.n += 1
        return self.n

    def history(self):
        return iter(range(self.n))

    def peek(self):
        return self.n


def squares(k):
    for i in range(k):
        yield i * i


class GeneratorProxy(BaseProxy):
    _exposed_ = ["__next__"]

    def __iter__(self):
        return self

    def __next__(self):
        return self._callmethod("__next__")


class CounterProxy(BaseProxy):
    _exposed_ = ("inc", "history", "peek")
    _method_to_typeid_ = {"history": "Iterator"}

    def inc(self):
        return self._callmethod("inc")

    def history(self):
        return self._callmethod("history")

    def value(self):
        return self._callmethod("peek")


def drain(proxy, n):
    print(n, type(proxy).__name__, list(proxy))


class MyManager(BaseManager):
    pass


MyManager.register("Generator", squares, proxytype=GeneratorProxy)
MyManager.register("Counter", Counter, proxytype=CounterProxy)
MyManager.register("Plain", Counter, exposed=("inc", "history"), method_to_typeid={"history": "Iterator"})
MyManager.register("Iterator", proxytype=GeneratorProxy, create_method=False)

if __name__ == "__main__":
    print(hasattr(MyManager, "Iterator"), hasattr(MyManager, "Generator"))
    t = Token("Counter", "/tmp/x", "7f01")
    print(t, repr(t), t.typeid, t.address, t.id)
    with MyManager() as manager:
        gen = manager.Generator(4)
        print(type(gen).__name__, isinstance(gen, GeneratorProxy), list(gen))
        c = manager.Counter(2)
        print(c.inc(), c.value())
        h = c.history()
        print(type(h).__name__, list(h))
        p = manager.Plain(1)
        print(type(p).__name__, p.inc())
        h2 = p.history()
        print(type(h2).__name__, next(h2), next(h2), list(h2))
        print(type(p._token).__name__, p._token.typeid, type(c._token.id).__name__)
        try:
            p.peek()
        except AttributeError as e:
            print("AttributeError", e)
        gens = [manager.Generator(3), manager.Generator(2)]
        for n, g in enumerate(gens):
            proc = Process(target=drain, args=(g, n))
            proc.start()
            proc.join()
        print(list(gens[0]), list(gens[1]))
