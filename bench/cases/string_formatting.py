# str work: f-strings with format specs, %-formatting, join and split, 200,000 rows.
rows = []
for i in range(200_000):
    rows.append(f"{i:>8}|{i / 7:10.3f}|{'x' * (i % 5):<5}|" + "%05d" % (i % 1000))
text = "\n".join(rows)
print(len(text), text.count("|"), len(text.split("\n")))
