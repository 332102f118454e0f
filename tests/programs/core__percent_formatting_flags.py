# printf-style % formatting: flags with widths, precision on ints and strings, %c, %a, * with
# negative widths, floats with signs and specials, mapping keys, and the error messages.
print("%05s|%-6.2f|%+05d|%#o|%#X|%.3d|% 5.1e|%c|%5c|" % ("ab", 3.14159, 42, 8, 255, 7, -12345.6789, 0x263A, "x"))
print("%(x)s %(x)r %%" % {"x": "é"}, "%-*s|" % (-6, "ab"), "%.*f" % (2, 1.23456), "%f" % -0.0, "%f %F" % (float("nan"), float("inf")))
print("%s" % [1], "%d%%" % 50, "%a" % "é", "%5.1s|" % "xyz", "%x" % 10**20, "%g" % 1e-5, "%#g" % 1.0)
for f, a in [("%(a)s", 1), ("%c", 1.5), ("%c", "ab"), ("%", ()), ("%(a", {"a": 1}), ("%s %s", 1), ("%*d", ("x", 1)), ("%y", 1), ("abc%", ())]:
    try: print(f % a)
    except Exception as e: print(type(e).__name__, e)
print("%s" % {"a": 1}, "%s %s" % ({"a": 1}, 2), "x" % {}, "%%" % ())
