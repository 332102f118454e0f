# Searching in strings: find/rfind/index/rindex/count/startswith/endswith/replace/in.
s = "abracadabra"
print(s.find("bra"), s.rfind("bra"), s.find("bra", 2), s.find("bra", 2, 8), s.find("z"), s.find(""), s.rfind(""))
print(s.index("cad"), s.rindex("a"), s.count("a"), s.count("abra"), s.count(""), s.count("a", 4), "aaaa".count("aa"))
print(s.startswith("abr"), s.startswith(("x", "ab")), s.startswith("bra", 1), s.endswith("bra"), s.endswith(("a", "z")), s.endswith("cad", 0, 7))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("abra", ""), "aaa".replace("a", "aa"))
print("cad" in s, "" in s, "dab" not in s, s[3], s[-3:], s.upper().find("CAD"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("z")
except ValueError as e:
    print("ValueError:", e)
