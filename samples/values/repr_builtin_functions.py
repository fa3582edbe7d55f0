# builtin functions have their own type and repr: <built-in function len>
print(repr(len), repr(print), repr(abs), type(print), type(len).__name__)
print(str(max), [min, sorted])
