# str as a sequence: iteration, membership, repetition, concatenation, indexing errors, immutability.
s = "héllo"
print([c for c in s], list(reversed(s)), len(s), s[1], s[-1], "é" in s, "lo" in s, "" in s, s * 2, 0 * s == "", s + "!")
print(s.index("l"), sorted(s), min(s), max(s), "".join(sorted(set(s))), enumerate(s).__next__())
print("abc" == "abc", "a" + "b" * 2, "%s" % s, str(s) is s or True, s.__len__(), "x".join("abc"))
for bad in [lambda: s[10], lambda: s.__setitem__(0, "H"), lambda: "a" + 1, lambda: "a" * "b", lambda: s[1.0]]:
    try:
        bad()
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
