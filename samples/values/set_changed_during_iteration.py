# adding to a set while iterating it raises RuntimeError
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(s))
