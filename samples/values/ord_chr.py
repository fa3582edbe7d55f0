# ord and chr round-trip over the whole code point range
print(ord("A"), ord("€"), ord("😀"), chr(65), chr(8364), chr(0x1F600), repr(chr(0)), repr(chr(127)))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
