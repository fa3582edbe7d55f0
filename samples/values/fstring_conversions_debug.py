# f-string !r !s !a conversions, the = debug form and format specs combined with them
name = "Zoë"
n = 42
x = 3.14159
items = [1, "two"]
print(f"{name!r} {name!s} {name!a} {items!r} {items!a}")
print(f"{name=} {n=} {x=} {items=}")
print(f"{n = }", f"{x = :.2f}", f"{name = !s}", f"{n=:>5}|", f"{n*2=}", f"{name!r:>10}|", f"{name!a:^12}|")
print(f"{x:.3}", f"{x:10.4f}|", f"{n:#x}", f"{n:08b}", f"{-n:+}", f"{n:,}", f"{1e6:,.0f}", f"{0.5:.0%}")
w, p = 10, 3
print(f"{x:{w}.{p}f}|", f"{x:>{w}}|", f"{name:{'*'}^{w}}|", f"{n:{'x' if n > 0 else 'd'}}")
print(f"{'nested {braces}'}", f"{{literal}}", f"{{{n}}}", f"{n!r:}")
print(f"{None}", f"{True:d}", f"{True}", f"{[1, 2]}", f"{(1,)}", f"{ {'a': 1} }")
d = {"k": "v"}
print(f"{d['k']}", f"{d['k']!r}", f"{len(d)}", f"{'a' 'b'}")
print(f"""{n:
>6}""" if False else "skip", f"{n:>{w}d}", f"{3:{''}}")
