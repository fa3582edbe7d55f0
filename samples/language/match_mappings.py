# match mapping patterns: required keys, extra keys ignored, **rest, literal values, nested
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} with {rest}"
        case {"type": kind}:
            return f"other event {kind}"
        case {}:
            return "no type"


events = [
    {"type": "click", "pos": (3, 4), "extra": 1},
    {"type": "key", "key": "q", "shift": True},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    {"nothing": 0},
]
for event in events:
    print(handle(event))
print(handle([]))
