# for/while with else, break and continue
def find(values, target):
    for index, value in enumerate(values):
        if value == target:
            print("found at", index)
            break
    else:
        print("not found")


find([3, 1, 4], 4)
find([3, 1, 4], 9)
n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 6:
        break
    print("odd", n)
else:
    print("while finished")
print("n =", n)
