# inside a class body, only the first iterable of a comprehension sees class names
class Config:
    names = ["a", "b"]
    upper = [name.upper() for name in names]
    try:
        doubled = [n + suffix for n in names for suffix in names]
    except NameError as error:
        message = str(error)


print(Config.upper, Config.message, hasattr(Config, "doubled"))
