# set.pop() takes elements in table order, resuming after the last one popped
s = {5, 3, 17, 9, 1, 33}
out = []
while s:
    out.append(s.pop())
print(out)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
