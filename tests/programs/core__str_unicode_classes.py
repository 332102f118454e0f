# Character classes beyond ASCII as CPython's Unicode database says: digits of other scripts,
# numeric fractions and Roman numerals, printable vs escaped in repr, Unicode whitespace, casefold.
samples = ["٣", "²", "½", "Ⅻ", "一", "𝟗", "ǅ", "\u200b", "\u00a0", "\u2028", "\x1c", "é", "ß", "ﬁ", "\u0301", "😀", "\ufeff"]
for c in samples:
    print(ascii(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isspace(), c.isprintable(), repr(c), ascii(c.casefold()))
print(int("٤٢"), int("𝟏𝟐"), float("١.٥"), int("\u2003 7 \u3000"), "Straße".casefold() == "STRASSE".casefold(), "ΣΑΣ".casefold())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "1A".istitle(), "ǅungla".istitle(), "".istitle())
for s in ["x²", "٣x"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
