# augmented assignment: += rebinds immutable values but mutates lists in place
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
s = "ab"
t = s
s += "c"
print(s, t)
x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x += (4, 5)
x += "hi"
x += range(2)
print(x, y)
x *= 2
print(len(y), x is y)
z = x
x = x + [9]
print(len(x), len(z), x is z)
n = 5
m = n
n += 1
print(n, m)
st = {1}
st2 = st
st |= {2}
st &= {1, 2, 3}
st -= {9}
st ^= {7}
print(st, st2, st is st2)
d = {"a": 1}
d2 = d
d |= {"b": 2}
print(d2)
fs = frozenset([1])
fs2 = fs
fs |= {2}
print(fs, fs2, fs is fs2)
by = b"x"
by += b"y"
by *= 2
print(by)
lst = [[0]] * 2
lst[0] += [1]
print(lst)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
v = 7
v //= 2; print(v)
v **= 3; print(v)
v %= 5; print(v)
v <<= 70; print(v)
v >>= 68; print(v)
v /= 4; print(v)
v -= 0.5; print(v)
try:
    q = [1]
    q -= [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
