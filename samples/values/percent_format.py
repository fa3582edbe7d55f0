# %-formatting with every common conversion
print("%d %i %5d %-5d| %05d %+d" % (42, 42, 42, 42, 42, 42))
print("%s %r %a %c %%" % ("str", "str", "é", 65))
print("%f %.2f %10.3f %e %.1E %g %G" % (3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.0000123, 1e20))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%s" % (1,), "%s" % [1, 2])
