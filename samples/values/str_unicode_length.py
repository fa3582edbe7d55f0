# len and indexing count code points, not UTF-16 units
s = "a😀b€"
print(len(s), s[1], s[2], s[::-1], [ord(c) for c in s], chr(128512), "😀".encode("utf-8"))
