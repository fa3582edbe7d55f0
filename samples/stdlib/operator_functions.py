# operator functions as values with map and sorted (operator.add, mul, neg)
import operator

print(list(map(operator.add, [1, 2, 3], [10, 20, 30])))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.contains([1, 2], 2), operator.not_(0))
