# case methods
s = "hello World-foo_bar ÉTÉ"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ß".upper(), "İ".lower() == "i̇", "abc".isupper(), "ABC".isupper(), "Hello World".istitle())
