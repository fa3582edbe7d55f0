# floats hash by value (integral floats like ints), so their set order is deterministic
print({1.5, 0.5, 2.0, 3.25, -0.5})
print({0.1, 0.2, 0.3})
print({1.0, 1, True})
print({2, 2.0, 3.0, 3})
