# and/or stop evaluating as soon as the result is known
def check(label, result):
    print("check", label)
    return result


print(check("a", False) and check("b", True))
print(check("c", True) or check("d", True))
print(check("e", True) and check("f", 0) and check("g", True))
print(check("h", None) or check("i", "") or check("j", "last"))
print(all(check(k, k != 2) for k in range(5)))
print(any(check(k, k == 1) for k in range(5)))
