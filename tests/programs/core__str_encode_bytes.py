# str.encode / bytes.decode, str of bytes, and escapes in repr.
s = "héllo €"
b = s.encode()
print(b, len(s), len(b), b.decode(), s.encode("utf-8") == b, "abc".encode("ascii"))
print(list("é".encode()), bytes([104, 105]).decode(), b"\xe2\x82\xac".decode("utf-8"))
print(repr("a\x00b\x7f\u200b\n"), repr("\\"), ascii("héllo €"), str(b"x"), repr(b"it's"), repr(b'"'))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("é".encode("ascii", "replace"), b"a\xffb".decode("utf-8", "replace"), "é".encode("latin-1"))
