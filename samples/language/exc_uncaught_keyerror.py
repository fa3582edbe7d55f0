# an uncaught KeyError prints the repr of the key on the last stderr line
settings = {"a": 1}
print(settings["a"])
print(settings["missing key"])
