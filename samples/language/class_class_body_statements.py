# a class body runs top to bottom: statements, loops and computed attributes at definition time
print("before class")


class Table:
    print("defining Table")
    columns = ["id", "name"]
    widths = {}
    for column in columns:
        widths[column] = len(column) * 2
    total = sum(widths.values())

    def describe(self):
        return f"{len(self.columns)} columns, width {self.total}"


print("after class", Table.widths, Table.column, Table().describe())
