# find, index, count, startswith/endswith, replace, in
s = "banana"
print(s.find("an"), s.rfind("an"), s.find("x"), s.index("n"), s.count("a"), s.count("an"), s.count(""))
print(s.startswith("ba"), s.endswith(("x", "na")), s.replace("a", "o"), s.replace("a", "o", 2), "nan" in s)
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
