# while with else: else runs when the condition turns false, not after break
def search(limit, target):
    n = 0
    while n < limit:
        n += 1
        if n == target:
            print("hit", n)
            break
    else:
        print("exhausted at", n)


search(5, 3)
search(5, 10)
search(0, 1)
count = 3
while count:
    count -= 1
    print("tick", count)
