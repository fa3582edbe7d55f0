# KeyError shows the missing key's repr
d = {"a": 1}
for key in ["b", 2, (1, 2), ""]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, repr(e))
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
