# nested containers print their items' reprs; one-element tuples keep the comma
print([1, "a", 2.0, None, True], (1,), (), [()], {"k": [1, (2,)]})
print([[1, 2], [3, [4, [5]]]], {1: {2: {3: "x"}}})
print(str([1.5, "x"]), str(("y",)))
