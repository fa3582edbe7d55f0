# string slicing with negative and large steps, out-of-range bounds, and unicode code points
s = "0123456789"
print(s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1], s[-1:-5:-1], s[-100:100], s[100:], s[:-100])
print(s[::3], s[1::3], s[-3::-3], s[5::-1], s[:5:-1], s[None:None:None], s[::100], s[::-100])
e = "a😀b🎉c"
print(e[::-1], e[1], e[1:3], e[-2], len(e), e[::2], e.find("b"), e.index("🎉"))
print(slice(1, 5, 2), s[slice(1, 5, 2)], s[slice(None, None, -1)])
print(slice(None, 10, -1).indices(5), slice(2, None).indices(10))
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s["1"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s[1.0])
except TypeError as e:
    print(type(e).__name__, e)
