# f-string format specs: fill, align, sign, width, grouping, precision and types
x = 1234.5678
n = 42
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:*>6}] [{n:+}] [{-n: }] [{n:05}] [{n:x}] [{n:#o}] [{n:#b}] [{n:,}] [{10**6:_}]")
print(f"[{x:.2f}] [{x:10.1f}] [{x:e}] [{x:.3e}] [{x:g}] [{x:.2%}] [{x:,.2f}] [{0.00001234:g}] [{1e20:g}]")
print(f"[{'hi':>6}] [{'hi':_<6}] [{'hi':^7}] [{'abcdef':.3}] [{3.0:}] [{True:d}] [{1e16}]")
