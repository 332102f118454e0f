# partition/rpartition, splitlines with and without keepends, expandtabs.
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
text = "one\ntwo\r\nthree\rfour\n\nfive"
print(text.splitlines(), text.splitlines(True), "".splitlines(), "end\n".splitlines(), "a\x0cb\x1cc".splitlines())
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("12\t345\t6\n7\t8".expandtabs(3)))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
