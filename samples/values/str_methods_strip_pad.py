# strip family, padding and alignment helpers
print(repr("  x  ".strip()), repr("xxhixx".strip("x")), repr("  x".lstrip()), repr("x  ".rstrip()), "www.site.com".strip("wcom."))
print("7".zfill(3), "-7".zfill(4), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4), "a\tb".expandtabs(4))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
