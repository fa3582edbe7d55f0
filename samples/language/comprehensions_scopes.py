# list, set and dict comprehensions with conditions and nesting; they have their own scope
x = "outer"
squares = [x * x for x in range(5)]
pairs = [(i, j) for i in range(3) for j in range(i) if (i + j) % 2]
lengths = {len(word) for word in ["aa", "b", "cc", "ddd"]}
index = {word: i for i, word in enumerate(["zero", "one", "two"])}
matrix = [[r * 3 + c for c in range(3)] for r in range(2)]
print(squares, pairs, lengths, index, matrix, x)
