# format() of floats with every type letter and precision
vals = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e16, 123456789.0, float("inf"), float("-inf"), float("nan"), 0.1 + 0.2]
for v in vals:
    print(repr(v), [format(v, s) for s in ["", "f", ".2f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "n"]])
for s in ["10.3f", "<10.2f", "^10.1f", "=+10.2f", "010.2f", "+.2e", " .1f", ",.2f", "_.3f", "#.0f", "#g", "#.3g", ".0e", ".0%", "z.1f", "020,.2f", ".15g", ".17g", ".0f"]:
    print(repr(s), repr(format(-1234.5, s)), repr(format(0.5, s)), repr(format(-0.0001, s)))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e300 * 10, "f"), format(1e22, "f"), format(1.5e-10, "f"))
print(format(123.456, ".50f"))
