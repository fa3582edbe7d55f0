# split, rsplit, splitlines, partition, join
print("a,b,,c".split(","), "  a  b  ".split(), "a b c".split(" ", 1), "a b c".rsplit(" ", 1), "a,b".split(",", 0))
print("l1\nl2\r\nl3".splitlines(), "l1\nl2\n".splitlines(keepends=True), "k=v=w".partition("="), "k=v=w".rpartition("="), "x".partition("="))
print("-".join(["a", "b", "c"]), "".join(map(str, range(5))), ", ".join(sorted({"b", "a"})))
