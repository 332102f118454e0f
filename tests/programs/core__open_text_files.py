# open() on text files: write, append, read, readline(s), iterate lines, with-statement, closed state.
path = "/tmp/weft_golden_core__open_text_files.txt"
with open(path, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("third")
print(n, f.closed)
with open(path, "a") as f:
    print("appended", file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open(path, "r") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
f = open(path)
content = f.read()
f.close()
print(len(content), content.count("\n"), f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    f.write("é€\n")
with open(path, encoding="utf-8") as f:
    print(f.read().strip(), len("é€"))
