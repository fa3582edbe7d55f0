# list method errors and their CPython messages
lst = [3, 1, 2]
def store(i):
    lst[i] = 0
for f in [lambda: lst.remove(9), lambda: [].pop(), lambda: lst.pop(10), lambda: lst.index(9), lambda: lst.index(3, 1),
          lambda: lst[5], lambda: store(5), lambda: lst["a"], lambda: [1, "a"].sort(), lambda: lst + (1,),
          lambda: lst * "2", lambda: lst.insert("x", 1), lambda: [].remove(None), lambda: lst.pop("0"),
          lambda: sorted([1, None]), lambda: max([]), lambda: min([], key=len), lambda: lst.count(), lambda: [0][1:2:0]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(lst.index(2, -1), lst.index(3, -10, 10), max([], default="none"), lst.pop(-1), lst)
lst.insert(-100, "first")
lst.insert(100, "last")
print(lst)
del lst[::2]
print(lst)
