# nested replacement fields inside a format spec, and conversions !r !s !a, and =
x, w, p = 3.14159, 10, 3
s = "é"
print(f"[{x:{w}.{p}f}] [{x:>{w}}] [{s!r}] [{s!a}] [{s!s}] [{x=}] [{x = :.2f}] [{w*2=}]")
print(f"{'{'}{n}{'}'}" if (n := 5) else "", f"{{literal}}")
