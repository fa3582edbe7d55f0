# __getattr__ is called only for missing attributes; it can raise AttributeError itself
class Config:
    defaults = {"color": "blue", "size": 3}

    def __init__(self):
        self.size = 10

    def __getattr__(self, name):
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no setting {name!r}")


c = Config()
print(c.size, c.color, getattr(c, "color"), hasattr(c, "weight"), getattr(c, "weight", "none"))
try:
    c.weight
except AttributeError as error:
    print(error)
