# upper/lower/casefold with special cases: ß, ligatures, final sigma, dotted I
words = ["straße", "ﬁnal", "ΟΔΟΣ", "İstanbul", "ǈ", "ŉ", "Ω", "µ"]
for w in words:
    print(w, w.upper(), w.lower(), w.casefold(), w.title(), len(w.upper()))
print("ß".upper() == "SS", "Straße".casefold() == "STRASSE".casefold(), "ß".lower() == "ss")
print("ΣΑΣ".lower(), "Σ".lower(), "AΣ B".lower())
print("ǲ".isupper(), "ǲ".islower(), "ǲ".istitle(), "ABC".isupper(), "abc1".islower(), "123".isupper())
