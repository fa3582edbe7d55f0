# the walrus operator in while, comprehension filters and conditions; comprehension binds it outside
values = [3, 8, 1, 9, 4]
position = 0
while (current := values[position]) != 1:
    print("skip", current)
    position += 1
print("stopped at", current)
doubled = [y for x in values if (y := x * 2) > 6]
print(doubled, y)
if (n := len(values)) > 3:
    print("n is", n)
