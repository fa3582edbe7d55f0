# str operations that raise: join of non-str, repeat by non-int, concatenation, item assignment
for f in [lambda: ",".join([1, 2]), lambda: ",".join(["a", None]), lambda: ",".join(5), lambda: "ab" * 2.0, lambda: "ab" * "2",
          lambda: "ab" + 1, lambda: 1 + "ab", lambda: "abc"[5], lambda: "x" - "y",
          lambda: "a" < 1, lambda: "%s" % (), lambda: "abc".encode(1), lambda: "x".join([b"a"]), lambda: "abc".index("d"),
          lambda: "abc"[1:2:0], lambda: "a".zfill("3"), lambda: str(b"x", "bad-enc")]:
    try:
        r = f()
        print(repr(r) if not callable(r) else "callable")
    except Exception as e:
        print(type(e).__name__, e)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print("ab" * -1, "ab" * 0, "ab" * True, "-" * 10, [""] * 2, "".join([]), "x".join("abc"), " ".join(map(str, [1, 2.0, None])))
