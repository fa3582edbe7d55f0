# __setattr__ intercepts every assignment (also in __init__); object.__setattr__ stores it
class Tracked:
    def __init__(self):
        self.changes = []
        self.x = 1

    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append(name)
        object.__setattr__(self, name, value)


t = Tracked()
t.y = 2
t.x = 3
print(t.changes, t.x, t.y)
