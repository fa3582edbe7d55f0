# iterating tuples and lists, and a list appended to while looping over it
for item in (1, "two", 3.0):
    print(item)
queue = [1]
for item in queue:
    if item < 5:
        queue.append(item * 2)
print(queue)
for index, item in enumerate(("x", "y"), start=1):
    print(index, item)
