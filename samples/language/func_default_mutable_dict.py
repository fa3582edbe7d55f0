# a mutable default dict shared between calls, versus the None-default idiom
def remember(key, value, memory={}):
    memory[key] = value
    return memory


def fresh(key, value, memory=None):
    if memory is None:
        memory = {}
    memory[key] = value
    return memory


print(remember("a", 1))
print(remember("b", 2))
print(fresh("a", 1))
print(fresh("b", 2))
print(remember.__defaults__)
