# Escape sequences in string and bytes literals, raw strings, and named unicode escapes.
print(len("\n\t\\\'\""), "\x41\u00e9\U0001F600", "\101\0".encode(), "a\
b", repr("\a\b\f\v\r"))
print(r"\n\t" == "\\n\\t", rb"\x00", b"\x41\101", "\N{BULLET} \N{GREEK SMALL LETTER ALPHA}", len("\N{EM DASH}"))
print("""tri"ple""", '''sin'gle''', "it's", 'say "hi"', "\u20ac" == "€", "tab\there")
