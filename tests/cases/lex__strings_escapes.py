# Escape sequences in str and bytes.
simple = "\\ \' \" \a \b \f \n \r \t \v"
octal = "\0 \7 \12 \101 \177"
hexes = "\x41\x7e\xFF"
unicode16 = "\u00e9\u4e2d"
unicode32 = "\U0001F600\U00000041"
line = "one \
two"
byts = b"\x00\x7f\n\t\\\'\"\101"
triple = """a\tb
c\\nd"""
mixed = 'tab:\t|quote:\'|backslash:\\'
print(simple, octal, hexes, unicode16, unicode32, line, byts, triple, mixed)
