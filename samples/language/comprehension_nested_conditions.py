# nested comprehensions with several for/if clauses, flattening and transposing
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [v for row in matrix for v in row if v % 2]
transposed = [[row[i] for row in matrix] for i in range(3)]
pairs = [(a, b) for a in range(4) if a for b in range(a) if (a + b) % 2 == 1]
print(flat, transposed, pairs)
words = ["apple", "bob", "kayak", "tree"]
print({w: len(w) for w in words if w == w[::-1]}, [c for w in words for c in w if c in "aeiou"])
print({n % 3 for n in range(10)}, [[j for j in range(i)] for i in range(4)])
