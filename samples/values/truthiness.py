# truthiness of every builtin type
for v in [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, range(0), range(1)]:
    print(repr(v), bool(v))
print(not [], [] or "default", 0 and 1, 5 and 6)
