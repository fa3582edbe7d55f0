# match with literal patterns: ints, strings, None/True/False, or-patterns, wildcard
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello" | "hi":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case _:
            return "something else"


for value in [0, 2, "hi", True, None, -1, 7, 1.0, False]:
    print(repr(value), describe(value))
