# int() and float() parsing errors and accepted edge spellings.
for s in ["12abc", "", " ", "1 2", "0x10", "1.0", "١٢٣", "+5", "-0", "  42\n", "1__0", "_1", "९"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
for s in ["1e5", "inf", "-Infinity", "nan", "1.5.2", "1_0.5", ".5", "5.", "0x1p3", "  -.25  "]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print("ValueError:", e)
for base, s in [(2, "1012"), (16, "FfZ"), (36, "Zz"), (0, "010"), (0, "0o10")]:
    try:
        print(base, s, int(s, base))
    except ValueError as e:
        print("ValueError:", e)
