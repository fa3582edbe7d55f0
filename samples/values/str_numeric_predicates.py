# isdigit vs isnumeric vs isdecimal (and isalpha, isalnum, isspace, isprintable, isidentifier) on unicode
samples = ["123", "١٢٣", "²", "½", "Ⅻ", "一", "٣.٥", "", " ", "abc", "é", "𝟘", "①", "\t", "\u00a0", "a b", "_x1", "1x", "λ", "\x7f"]
for s in samples:
    print(repr(s), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalpha(), s.isalnum(), s.isspace(), s.isprintable(), s.isidentifier(), s.isascii())
