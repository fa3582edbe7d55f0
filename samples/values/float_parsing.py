# float() accepts decimal and exponent forms, inf/nan spellings, and rejects junk
print(float("1.5"), float("  -2e3 "), float("1_000.5"), float(".5"), float("5."), float("inf"), float("-Infinity"), float("nan"), float(7))
for bad in ["", "1.2.3", "abc", "1e", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
