# str.encode / bytes.decode codecs and error handlers, the Unicode errors' attributes, and
# OSError's errno mapping, attributes and str forms.
s = "aé€😀"
for enc in ["utf-8", "UTF8", "latin-1", "ascii"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, e.encoding, repr(e.object), e.start, e.end, e.reason)
for raw in [b"ok", b"\xff", b"a\xe2\x82", b"\xe2\x82x", b"\xed\xa0\x80", b"\xc3\xa9\x80", b"\xf0\x9f\x98"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(raw, errors, repr(raw.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(raw, errors, "UnicodeDecodeError:", e, e.start, e.end, e.reason, isinstance(e, ValueError))
print(b"\xe9t\xe9".decode("latin-1"), "été".encode(encoding="latin1"), b"abc".decode(errors="strict"), bytes("é", encoding="utf-8"))
for bad in [lambda: "x".encode("klingon"), lambda: b"x".decode("utf-8", "bogus"), lambda: b"\x80".decode("ascii"),
            lambda: "x".encode(5), lambda: bytes("x"), lambda: bytes(b"x", "utf-8")]:
    try:
        print(bad())
    except (LookupError, UnicodeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for args in [(2, "No such file or directory"), (13, "Permission denied", "f.txt"), (17, "File exists", "a", None, "b"),
             (21, "Is a directory"), (99, "Unknown"), ("x", "y"), ("only",), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, str(e), repr(e), e.args, e.errno, e.strerror, e.filename)
print(issubclass(IsADirectoryError, OSError), issubclass(UnicodeEncodeError, UnicodeError), IOError is OSError, EnvironmentError is OSError)
try:
    raise FileNotFoundError(2, "gone", "/x")
except OSError as e:
    print(type(e).__name__, e, e.errno, e.filename)
print(SystemExit(1, 2).code, SystemExit("bye").code, KeyboardInterrupt().args)
