# Records CPython's results for the arithmetic table in arith.test.ts: python3 gen_arith.py > arith.json
import json, operator, math
ints = [0, 1, -1, 7, -7, 3, 2**53, -(2**53) - 5, 2**64 + 1, 10**20, True, False]
floats = [0.0, -0.0, 2.5, -2.5, 1e300, float("inf"), -float("inf"), float("nan"), 7.0, 0.1]
def spec(x):
    if isinstance(x, bool): return {"t": "bool", "v": x}
    if isinstance(x, int): return {"t": "int", "v": str(x)}
    return {"t": "float", "v": repr(x)}
ops = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": operator.truediv,
       "floordiv": operator.floordiv, "mod": operator.mod, "divmod": divmod, "pow": pow,
       "lt": operator.lt, "eq": operator.eq, "and_": operator.and_, "lshift": operator.lshift}
cases = []
vals = ints + floats
for name, f in ops.items():
    for a in vals:
        for b in vals:
            if name == "pow" and isinstance(b, int) and abs(b) > 64: continue
            if name == "lshift" and isinstance(b, int) and b > 100: continue
            try:
                out = repr(f(a, b))
            except Exception as e:
                out = f"{type(e).__name__}: {e}"
            cases.append({"op": name, "a": spec(a), "b": spec(b), "out": out})
print(json.dumps(cases))
