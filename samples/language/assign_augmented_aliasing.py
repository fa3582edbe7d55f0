# += on a list extends it in place (aliases see it); on a tuple or str it rebinds
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s += "c"
s *= 2
print(s)
