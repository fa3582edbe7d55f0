# the "=" alignment (padding after the sign) in an f-string spec, which starts with ":="
x = 1234.5678
print(f"[{x:=+12.2f}] [{-42:=8}] [{42:0=6}]")
