# break leaves only the innermost loop; a flag or a function return leaves both
found = None
for i in range(1, 5):
    for j in range(1, 5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)


def first_pair(total):
    for i in range(total):
        for j in range(total):
            if i + j == total and i < j:
                return i, j
    return None


print(first_pair(7), first_pair(1))
