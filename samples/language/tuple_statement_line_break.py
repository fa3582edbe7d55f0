# `a,` ending a line is a whole statement (a one-element tuple); the next line is a statement of its own
a = 1
b = (2, 3)
a,
p = 2
print(p)
if a:
    a,  # trailing
    q = 3
    print(q)
x, y = b
x,
y, = [7]
print(x, y)
a,
b
print("ok")
