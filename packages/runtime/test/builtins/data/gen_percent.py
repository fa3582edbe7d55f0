# Records CPython's str % args results: python3 gen_percent.py > percent.json
import json
def spec(x):
    if isinstance(x, bool): return {"t": "bool", "v": x}
    if isinstance(x, int): return {"t": "int", "v": str(x)}
    if isinstance(x, float): return {"t": "float", "v": repr(x)}
    if x is None: return {"t": "none"}
    if isinstance(x, tuple): return {"t": "tuple", "v": [spec(y) for y in x]}
    if isinstance(x, dict): return {"t": "dict", "v": [[k, spec(v)] for k, v in x.items()]}
    if isinstance(x, list): return {"t": "list", "v": [spec(y) for y in x]}
    return {"t": "str", "v": x}
cases = [
 ("%d", 5), ("%d", -5), ("%5d", 42), ("%-5d|", 42), ("%05d", -42), ("%+d", 3), ("% d", 3), ("%i", 7.9), ("%u", 3), ("%d", 2**70), ("%d", True),
 ("%x", 255), ("%X", 255), ("%#x", 255), ("%#o", 8), ("%o", -8), ("%#06x", 31), ("%x", 1.5), ("%d", "a"),
 ("%f", 1.5), ("%.2f", 2.675), ("%.0f", 0.5), ("%10.3f|", 3.14159), ("%-10.1f|", 2.25), ("%e", 12345.678), ("%E", 0.000123), ("%g", 1e-5), ("%g", 123456789.0), ("%#g", 1.0), ("%G", 1e20),
 ("%f", 3), ("%.3e", 5), ("%05.1f", -2.5), ("%+.1f", 0.0), ("%f", float("inf")), ("%05f", float("nan")), ("%F", float("inf")),
 ("%s", "abc"), ("%5s|", "ab"), ("%-5s|", "ab"), ("%.2s", "abcdef"), ("%r", "a'b"), ("%a", "é"), ("%s", None), ("%s", [1, "a"]), ("%s", 1.0), ("%r", 2.5),
 ("%c", 65), ("%c", "z"), ("%c", "zz"), ("%%", ()), ("100%%", ()), ("%s %s", (1, 2)), ("%s", (1, 2)), ("%s", ((1, 2),)),
 ("%(a)s-%(b)d", {"a": "x", "b": 3}), ("%(a)s", {"b": 1}), ("%s %s", (1,)), ("%s", (1, 2, 3)), ("%z", 1), ("%", 1), ("%(a)s", 5), ("%*d", (5, 3)), ("%.*f", (2, 3.14159)), ("%-*d|", (4, 7)),
 ("abc", 5), ("abc", ()), ("abc", {"a": 1}), ("%s", {"a": 1}), ("%d %s", (1, "x")), ("%5.2s|", "abc"), ("%ld", 5), ("%c", 0x110000), ("%c", -1), ("%d", None), ("%s", True), ("%d", 3.0), ("%.3d", 5), ("%+05d", 5), ("% 05.1f", 2.25),
]
out = []
for fmt, args in cases:
    try: r = fmt % args
    except Exception as e: r = f"{type(e).__name__}: {e}"
    out.append({"fmt": fmt, "args": spec(args), "out": r})
print(json.dumps(out))
