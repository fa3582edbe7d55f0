# |=, &=, -=, ^= and the *_update methods mutate the set in place
s = {1, 2, 3}
s |= {3, 4, 9}
print(s)
s &= {1, 3, 4, 9, 10}
print(s)
s -= {1}
print(s)
s ^= {4, 5, 6}
print(s)
s.update([20, 8], (7,))
s.difference_update({20})
s.intersection_update(range(10))
s.symmetric_difference_update([0, 3])
print(s)
