# building strings: join vs += in loops, multiplication, str() of each builtin type
parts = []
for i in range(5):
    parts.append(str(i * 1.5))
print(",".join(parts))
acc = ""
for ch in "héllo😀":
    acc += ch.upper() + "."
print(acc, len(acc))
print(str(1), str(-1.0), str(1e22), str(None), str(True), str([1, "a"]), str((1,)), str({1: "a"}), str({1}), str(b"a"), str(range(2)))
print(str(frozenset()), str(set()), str(2 ** 64), str(-0.0), str(float("nan")))
print("a" + "b" * 3 + "c", "=" * 20, ("ab" * 3)[::2], "x".join(str(i) for i in range(4)))
s = "start"
s += f"{1 + 1}" "lit" + "%d" % 3 + "{}".format(4)
print(s)
print(len("a" * 1000), ("abc" * 1000).count("ca"), ("ab" * 50)[95:], repr("\n".join(["a", "b"])))
