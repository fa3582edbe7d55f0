# slice assignment: replace, grow, shrink, extended slices with matching length, and the error otherwise
nums = list(range(8))
nums[1:3] = ["a", "b", "c"]
print(nums)
nums[:2] = []
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
nums[-1:] = (7, 8)
print(nums)
try:
    nums[::2] = [1]
except ValueError as error:
    print(error)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid)
