# match capture patterns, as-bindings on sub-patterns, and bindings visible after the match
command = "go north"
match command.split():
    case [("go" | "walk") as verb, direction]:
        print(verb, direction)
    case _:
        print("unknown")
print("after match:", verb, direction)
match (1, (2, 3)):
    case (a, (b, c) as inner) as whole:
        print(a, b, c, inner, whole)
match 42:
    case n:
        print("captured", n)
