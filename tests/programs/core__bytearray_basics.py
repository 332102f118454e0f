# bytearray: a mutable bytes.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[1], ba[1:3], bytes(ba), ba.decode())
ba[1:3] = b"EE"
del ba[0]
print(ba, ba.pop(), ba, ba.find(b"l"), b"EE" in ba)
ba.insert(0, 65)
ba.reverse()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), ba == bytearray(ba), ba + b"!", ba.upper())
ba.remove(65)
ba.clear()
print(ba, len(ba), bytearray(b"abc") == b"abc", type(bytearray(b"x") + b"y").__name__)
try:
    bytearray(b"x")[0] = 300
except ValueError as e:
    print("ValueError:", e)
