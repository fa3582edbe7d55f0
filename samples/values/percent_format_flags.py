# %-formatting: every flag combined with widths and precisions
for spec in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+6d|", "% 5d", "%.3d", "%8.3d"]:
    print(repr(spec), repr(spec % 42), repr(spec % -42))
for spec in ["%x", "%#x", "%#X", "%#o", "%08x", "%-#8x|", "%#010x", "%+x"]:
    print(repr(spec), repr(spec % 255), repr(spec % -255))
for spec in ["%f", "%.0f", "%#.0f", "%10.2f", "%-10.2f|", "%+.3f", "% .1f", "%010.3f"]:
    print(repr(spec), repr(spec % 2.5), repr(spec % -0.125))
for spec in ["%e", "%.2e", "%E", "%#.0e", "%g", "%.3g", "%#g", "%G", "%.10g"]:
    print(repr(spec), repr(spec % 123456.789), repr(spec % 0.000012345))
print("%s|%10s|%-10s|%.2s" % ("abc", "abc", "abc", "abc"))
print("%r %a" % ("it's", "naïve"))
print("%c%c%c" % (72, "i", 0x1F600))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%i %u" % (7.9, -3.2))
print("%d" % True, "%s" % None, "%.1f" % 1, "%x" % True)
print("100%%" % (), "%s%%" % 5)
try:
    print("%5%|" % ())
except TypeError as e:
    print(type(e).__name__, e)
for f, a in [("%5%|", (1,)), ("%-5%|", (1,)), ("%(x)%|", {"x": 1}), ("%.2%|", (1,)), ("%5%|%d", (1, 2))]:
    try:
        print(repr(f % a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
