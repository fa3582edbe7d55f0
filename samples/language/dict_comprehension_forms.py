# dict comprehensions: swapping keys and values, later duplicates win, from zip, with conditional values
prices = {"a": 1, "b": 2, "c": 1}
print({v: k for k, v in prices.items()})
print({k: ("cheap" if v < 2 else "dear") for k, v in prices.items()})
print({i: i ** 2 for i in range(5) if i != 2})
print({name: score for name, score in zip(["x", "y"], [9, 8])})
print(dict((k, len(k)) for k in ["aa", "b"]))
