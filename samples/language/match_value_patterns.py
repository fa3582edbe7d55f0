# match value patterns: dotted names compare by ==, unlike bare names which capture
class Color:
    RED = "red"
    GREEN = "green"


def name(value):
    match value:
        case Color.RED:
            return "it is red"
        case Color.GREEN:
            return "it is green"
        case other:
            return f"not a color: {other}"


for value in ["red", "green", "blue"]:
    print(name(value))
