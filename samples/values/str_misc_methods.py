# less common str methods: format_map, maketrans/translate, partition chains, count overlaps, center
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), table)
print("hello".translate({ord("l"): None, ord("h"): "J"}), "abc".translate({97: 66}), str.maketrans({"a": "1", "b": None}))
print("{name}-{n}".format_map({"name": "x", "n": 1}))
print("{a}-{b[0]}".format_map({"a": 1, "b": [2]}))
print("a.b.c".rpartition("."), "a.b.c".partition("."), "abc".rpartition("."))
print("Hello".ljust(8, "-") + "|", "x".join(["1", "2", "3"]), "ab".join("   "))
print("tEsT".swapcase(), "MiXeD".lower().upper(), "i".upper(), "ﬀ".upper())
print(" ".isspace(), "".isspace(), "\u2003".isspace(), "A1".isupper(), "a_b".isidentifier(), "class".isidentifier())
print("%s" % "abc".encode(), str(12).rjust(5, "0"), "abc".index("c", -1), "a" * 3 == "aaa")
print("Line1\nLine2".count("\n"), "abc".endswith(("c", "d")), "abc".startswith("b", 1, 2), ("ab" "cd").upper())
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{a}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
