# DictProxy methods: keys/values/items come back as lists, copy() is a plain dict, errors are the dict's own
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        d = manager.dict({"a": 1}, b=2)
        d.update({"c": 3}, d=4)
        print(d)
        print(d.keys(), d.values(), d.items())
        print(d.get("a"), d.get("zz"), d.setdefault("e", 5), d.setdefault("a", 0))
        print(d.pop("b"), d.pop("zz", "missing"), len(d))
        snapshot = d.copy()
        snapshot["x"] = 1
        print(type(snapshot).__name__, "x" in d, sorted(snapshot))
        print([k for k in d])
        del d["c"]
        try:
            d["c"]
        except KeyError as e:
            print("KeyError:", e)
        try:
            d.pop("nothing")
        except KeyError as e:
            print("KeyError:", e)
        print(d.popitem(), d)
        d.clear()
        print(d, len(d))
        try:
            d.popitem()
        except KeyError as e:
            print("KeyError:", e)
