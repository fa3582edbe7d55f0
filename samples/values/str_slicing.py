# slicing with negative indexes and steps
s = "abcdefghij"
print(s[2:5], s[-3:], s[:-3], s[::2], s[::-1], s[7:2:-2], s[-1:-4:-1], s[100:], s[-100:2], s[5:2])
l = list(range(10))
print(l[::3], l[::-3], l[8:1:-3], l[-2::-4])
