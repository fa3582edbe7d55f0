# lone surrogate code points survive in str values and repr escapes them
s = "\ud800"
print(repr(s), len(s), ascii(s), repr("a\udc80b"), hex(ord("\udfff")))
print(repr(chr(0xD800) + chr(0xDC00)), len(chr(0xD800) + chr(0xDC00)))
