# a container that holds itself prints [...] / {...}
a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
b = [a, a]
print(b)
