# set operations on dict views build their result sets in CPython's order; reversed() of items
d = {"a": 0, "c": 3, "b": 20, "z": 26, "y": 25, "q": 1}
print(d.keys() & {"a", "q", "nope"}, d.keys() | {"w"}, d.keys() - {"a"}, d.items() & {("a", 0)})
print({"x", "y"} | d.keys(), d.keys() ^ {"a", "new"})
print({1} == {1: None}.keys(), reversed(d).__class__.__name__)
print(list(reversed({1: 0, 2: 5}.items())), list(reversed({1: 0, 2: 5}.values())))
