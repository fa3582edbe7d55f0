# print with sep/end variants and str() of each argument type, including objects with __str__
class V:
    def __str__(self):
        return "V!"
print(1, 2.0, "three", None, True, [4], (5,), {6: 7}, {8}, b"9", V())
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print("x", end="")
print()
print(*[1, 2, 3], sep=" -> ", end=" END\n")
print(*"abc")
print(sep="!", end="~\n")
print("multi\nline", "tab\t|")
try:
    print("a", sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", end=[])
except TypeError as e:
    print(type(e).__name__, e)
