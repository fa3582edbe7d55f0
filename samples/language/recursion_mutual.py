# mutual recursion between functions defined later in the module, and recursive data walking
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def flatten(value):
    if isinstance(value, list):
        out = []
        for item in value:
            out.extend(flatten(item))
        return out
    return [value]


print(is_even(10), is_odd(7), is_even(301))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
