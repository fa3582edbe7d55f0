# AttributeError messages for instances, classes, modules' builtin types, and getattr with a default
class Thing:
    pass


t = Thing()
for target, name in [(t, "missing"), (Thing, "nope"), (5, "foo"), ("s", "bar"), (None, "x"), ([], "push")]:
    try:
        getattr(target, name)
    except AttributeError as error:
        print(error)
print(getattr(t, "missing", "default"))
try:
    t.really_missing
except AttributeError as error:
    print(error)
