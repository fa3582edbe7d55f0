# list methods: append, extend, insert, remove, pop, index, count, reverse, copy, clear
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7)
print(l, l.pop(), l.pop(0), l.index(2), l.count(9))
l.remove(9); l.reverse()
c = l.copy(); l.clear()
print(l, c)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
