# a starred target at the start, middle and end, and catching an empty list
*init, last = [1, 2, 3, 4]
first, *rest = (9,)
a, *mid, z = "abcde"
*everything, = range(3)
print(init, last, first, rest, a, mid, z, everything)
x, *y, w = 1, 2
print(x, y, w)
