# shallow copies share nested lists; multiplication repeats references
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
a = [[1], [2]]
b = a.copy()
b[0].append(9)
b.append([3])
print(a, b)
