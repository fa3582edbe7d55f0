# an uncaught assert: traceback on stderr ending in AssertionError: message, exit status 1
def check(n):
    assert n > 0, f"expected positive, got {n}"
    return n


print(check(3))
print(check(-2))
