# Case conversion and character-class predicates.
for s in ["hello world", "Hello World", "HELLO", "hello", "they're bill's", "3rd place", "ÀÉÎ õü", "", "ab12", "  ", "Ⅻ", "½", "x\ty"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(),
          s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(),
          s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable())
print("ß".upper(), "ﬁ".upper(), "İ".lower() == "i̇", "straße".casefold())
