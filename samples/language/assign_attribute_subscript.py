# attribute and subscript targets, including unpacking into them
class Box:
    pass


box = Box()
box.width, box.height = 3, 4
table = {}
table["a"], table["b"] = box.height, box.width
pair = [None, None]
pair[0], pair[1] = pair[1], "filled"
print(box.width, box.height, table, pair)
box.width += 10
table["a"] *= 3
print(box.width, table)
