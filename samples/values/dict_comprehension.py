# dict comprehensions, later duplicate keys overwrite earlier values
print({x: x * x for x in range(5)}, {x % 3: x for x in range(10)}, {v: k for k, v in {"a": 1, "b": 2}.items()})
