# String comparison is by code point; sorting mixed case and non-ASCII; min/max; equality and hashing.
words = ["zebra", "Apple", "apple", "Émile", "éclair", "banana", "Zoo", "", "a", "ab"]
print(sorted(words), sorted(words, key=str.lower)[:4], min(words), max(words))
print("a" < "b", "B" < "a", "é" > "z", "abc" < "abcd", "" < "a", "Z" < "a" < "é", "10" < "9")
print("straße" == "strasse", "café" == "cafe\u0301", len("cafe\u0301"), [ord(c) for c in "Aé"], "ǅ".upper(), "ǅ".lower())
