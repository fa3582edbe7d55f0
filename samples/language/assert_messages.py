# assert: passes silently, fails with AssertionError carrying the message (or no args)
assert 1 + 1 == 2, "never shown"
try:
    assert 2 < 1, "two is not less than one"
except AssertionError as error:
    print("caught:", error, error.args)
try:
    assert []
except AssertionError as error:
    print("no message:", repr(error), error.args)
try:
    value = 7
    assert value % 2 == 0, f"{value} is odd"
except AssertionError as error:
    print(error)
