# Manager().Namespace(): attributes set by a child are seen by the parent; str() shows the sorted public attributes
import multiprocessing


def fill(ns):
    ns.total = ns.start + 10
    ns.label = "done"
    ns._private = 1


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        ns = manager.Namespace(start=5)
        p = multiprocessing.Process(target=fill, args=(ns,))
        p.start()
        p.join()
        print(ns.start, ns.total, ns.label)
        print(ns)
        delattr(ns, "label")
        try:
            ns.label
        except AttributeError as e:
            print("AttributeError:", e)
        print(hasattr(ns, "total"), getattr(ns, "missing", "default"))
