# %-formatting of bytes
print(b"%d-%s" % (5, b"abc"))
print(b"%5d|%-5d|" % (3, 4))
print(b"%x %X %o" % (255, 255, 8))
print(b"%c%c" % (65, b"B"))
print(b"%r" % "é", b"%a" % "x")
print(b"%.2f" % 3.14159)
print(b"%(k)s" % {b"k": b"v"})
print(b"%%" % ())
try:
    print(b"%s" % "text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(b"%d" % b"1")
except TypeError as e:
    print(type(e).__name__, e)
