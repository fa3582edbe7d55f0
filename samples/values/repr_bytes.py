# bytes repr: printable ASCII as is, quotes chosen like str, other bytes as \x escapes
print(bytes([104, 105, 0, 255, 10, 39]), bytes(3), "é".encode(), b"it's" if False else bytes("it's", "ascii"))
