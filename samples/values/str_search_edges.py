# find/index/count/replace/startswith with start/end bounds and empty strings
s = "abracadabra"
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.rfind("a", 0, 5), s.find(""), s.find("", 20), s.rfind(""))
print(s.count("a"), s.count("a", 5), s.count(""), "".count(""), s.count("abra", 1), "aaaa".count("aa"))
print(s.index("c"), s.rindex("b"), s.startswith("bra", 1), s.endswith("cad", 0, 7), s.startswith(("x", "abr")))
print(s.replace("a", "A", 2), s.replace("", "-"), "".replace("", "x"), s.replace("a", "", -1), s.replace("", "|", 3))
print("aaa".replace("a", "b", 0), s.startswith(""), s.endswith("", 3, 2), s.find("a", 10, 2))
print(s.partition("cad"), s.rpartition("a"), s.partition("zz"), s.rpartition("zz"))
print(s.removeprefix("abra"), s.removesuffix("abra"), s.removeprefix("zz"))
print(s.strip("ab"), s.lstrip("abr"), s.rstrip("arb"), "  x ".strip(), "xxhixx".strip("x"))
for f in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.startswith(["a"]), lambda: s.count(1), lambda: s.strip(1), lambda: s.replace("a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
