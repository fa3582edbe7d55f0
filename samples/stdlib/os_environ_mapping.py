# os.environ as a mutable mapping: set, get, in, pop, setdefault, del, KeyError, os.getenv
import os

os.environ["PY2TS_DEMO"] = "hello"
print(os.environ["PY2TS_DEMO"], os.getenv("PY2TS_DEMO"), "PY2TS_DEMO" in os.environ)
print(os.environ.get("PY2TS_MISSING"), os.getenv("PY2TS_MISSING", "fallback"))
print(os.environ.setdefault("PY2TS_OTHER", "x"), os.environ.setdefault("PY2TS_OTHER", "y"))
print(os.environ.pop("PY2TS_OTHER"), os.environ.pop("PY2TS_OTHER", "gone"))
del os.environ["PY2TS_DEMO"]
print("PY2TS_DEMO" in os.environ)
try:
    os.environ["PY2TS_DEMO"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["PY2TS_NUM"] = 1
except TypeError as e:
    print("TypeError", e)
copy = os.environ.copy()
print(type(copy).__name__, len(copy) == len(os.environ))
