# Records CPython's format(value, spec) results: python3 gen_format.py > format.json
import json
def spec(x):
    if isinstance(x, bool): return {"t": "bool", "v": x}
    if isinstance(x, int): return {"t": "int", "v": str(x)}
    if isinstance(x, float): return {"t": "float", "v": repr(x)}
    if x is None: return {"t": "none"}
    return {"t": "str", "v": x}
values = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64 + 5, True, 65,
          0.0, -0.0, 1.0, -1.5, 2.675, 0.125, 0.375, 1234.5678, 1e-7, 1.5e16, 123456789.0, 0.1, 2.5, 3.5, 1e100, 9.9999, 0.00001234, float("inf"), float("-inf"), float("nan"),
          "", "abc", "héllo", None]
specs = ["", "d", "5d", "<5", ">8", "^7", "=+8", "*^9", "+", " ", "-", "08", "010,", ",", "_", "_x", "_b", "#x", "#X", "#o", "#b", "x", "X", "o", "b", "c",
         "e", "E", ".2e", ".0e", "#.0e", "f", ".2f", ".0f", "#.0f", ".1f", "F", ".3g", "g", "G", ".10g", "#g", "%", ".1%", "n", ".3", ".12", "10.3", "<10.2f", "^12,.2f", "+.3e",
         "s", ".2s", "10s", "^10.1s", "z.1f", "z", "0=10", "x<8", "=10", ".0", "015.3f", "3.5s", "#010x", ",d", ",.2f", "_.3f", "020_", "a"]
cases = []
for v in values:
    for s in specs:
        try: out = format(v, s)
        except Exception as e: out = f"{type(e).__name__}: {e}"
        cases.append({"v": spec(v), "spec": s, "out": out})
print(json.dumps(cases))
