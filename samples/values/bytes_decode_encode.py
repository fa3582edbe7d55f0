# encode/decode with utf-8, ascii, latin-1 and the errors handlers
s = "naïve café 😀"
print(s.encode(), s.encode("utf-8"), len(s.encode()))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"), "é".encode("latin-1"), "é".encode("utf-16-le"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff\xfeh".decode("utf-8", "replace"))
print(b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"), b"abc".decode("ascii"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"caf\xe9 ok".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "😀".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"abc"), str(b"abc", "ascii"), repr(bytes("ß", "utf-8")))
