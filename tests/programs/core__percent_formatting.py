# printf-style % formatting.
print("%d %i %s %r %%" % (42, -7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 0.00001234, 1e20))
print("%.3f|%10.2f|%-10.1f|%+.0f|%.0f|%.0f" % (3.14159, 2.5, 2.5, 2.5, 0.5, 1.5))
print("%s %s %s" % (None, [1, 2], (3,)), "%s" % (1,), "%s" % "only", "%(a)s-%(b)d" % {"a": "x", "b": 3})
print("%c%c" % (65, "b"), "%*d|%-*d" % (4, 1, 4, 2), "%.2s" % "abcdef", "%10.3s|" % "abcdef")
print("%d" % 3.99, "%s" % 3.0, "%r" % 3.0, "%i" % True, "%x" % -255, "%.3g" % 1234567)
for fmt, arg in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
