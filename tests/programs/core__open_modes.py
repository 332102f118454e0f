# open(): modes w/a/x/r+/binary, read(n)/readline(limit)/seek/tell, newline handling,
# writelines, file attributes, and the errors for bad modes and wrong operations.
path = "/tmp/weft_golden_core__open_modes.txt"
with open(path, "w") as f:
    print(f.name == path, f.mode, f.encoding, f.closed, f.writable(), f.readable())
    f.writelines(["one\n", "two\n"])
    print(f.write("three\r\nfour\rfive"), f.tell())
with open(path) as f:
    print(repr(f.read(5)), repr(f.readline()), repr(f.readline(3)), repr(f.readline()), f.tell())
    print(repr(f.read()), repr(f.read()), repr(f.readline()))
    print(f.seek(0), repr(f.readline()), f.seek(0, 2) > 0, repr(f.read()))
with open(path, newline="") as f:
    print(f.readlines())
with open(path, "rb") as f:
    data = f.read()
    print(type(f).__name__, f.mode, data, f.seek(4), f.read(3), f.tell(), f.readline(), list(f))
with open(path, "r+") as f:
    f.seek(4)
    f.write("TWO")
    f.seek(0)
    print(repr(f.read()))
with open(path, "wb") as f:
    print(f.write(b"caf\xc3\xa9\n"), f.write(bytearray(b"x")))
with open(path, "ab") as f:
    f.write(b"\xff")
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
with open(path, errors="replace") as f:
    print(repr(f.read()))
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
for args in [(path, "rw"), (path, "q"), (path, "rbt"), (path, "rb", -1, "utf-8"), (path, "r", -1, None, None, "x"),
             (path, "x"), ("/tmp", "r"), (path, "r", -1, "no-such-codec")]:
    try:
        open(*args).close()
    except (ValueError, OSError, LookupError) as e:
        print(type(e).__name__ + ":", e)
with open(path) as f:
    for op in [lambda: f.write("x"), lambda: f.seek(1, 1), lambda: f.seek(-1)]:
        try:
            op()
        except (OSError, ValueError) as e:
            print(type(e).__name__ + ":", e)
with open(path, "w") as f:
    for op in [lambda: f.read(), lambda: f.write(b"x"), lambda: f.write(5)]:
        try:
            op()
        except (OSError, TypeError) as e:
            print(type(e).__name__ + ":", e)
f = open(path, "a")
f.close()
f.close()
for op in [f.read, f.tell, lambda: f.write("x"), lambda: iter(f)]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
try:
    with open(path, "rb") as f:
        f.write(b"x")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, OSError), f.closed)
