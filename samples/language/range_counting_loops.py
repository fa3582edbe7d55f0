# range loops: start/stop/step, negative steps, empty ranges, loop variable after the loop
for i in range(3):
    print("a", i)
for i in range(10, 0, -3):
    print("b", i)
for i in range(5, 5):
    print("never")
print("i after loops", i)
total = 0
for k in range(-2, 3):
    total += k * k
print(total, list(range(0, -5, -2)), len(range(1, 100, 7)))
n = 4
for i in range(n):
    n = 1
    print("c", i)
