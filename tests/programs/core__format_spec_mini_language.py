# The format-spec mini-language through format(), str.format and f-strings.
n, x, s = 1234567, 3.14159265, "text"
print(format(n, ","), format(n, "_"), format(n, ">12,"), format(n, "<12") + "|", format(n, "^12") + "|", format(n, "*^12"))
print(format(-42, "=+8"), format(42, "+"), format(42, " "), format(-42, "08"), format(42, "#x"), format(42, "#b"), format(42, "#o"), format(255, "X"))
print(format(x, ".2f"), format(x, "10.3f"), format(x, "<10.1f") + "|", format(x, "e"), format(x, ".3E"), format(x, "g"), format(1e-7, "g"), format(1e16, "g"))
print(format(0.25, "%"), format(0.25, ".1%"), format(1234.5, ",.2f"), format(1234.5, "_.1f"), format(x, ".0f"), format(2.5, ".0f"))
print(format(s, ">8"), format(s, "<8") + "|", format(s, "^9") + "|", format(s, ".2"), format(s, "-^10.3"))
print("{:>5}|{:<5}|{:^5}|".format(1, 2, 3), "{0:{1}}|".format("a", 4), "{:{fill}>{w}}".format(7, fill="0", w=3))
print(f"{n:,}", f"{x:.{3}f}", f"{s!r:>8}", f"{s!s}", f"{'é'!a}", f"{n=}", f"{x*2=:.2f}", f"{{literal}}")
print(format(True), format(None), format(12), format(1.0), format(1e100), format(-0.0), format(float("inf"), "f"), format(float("nan"), "+"))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 5), "{!r}".format("q"), "{:d}".format(True), "{:n}".format(1000))
print(format(12, "c") if False else format(65, "c"), format(10**20, ","), format(-1.5, "=+10.2f"), format(3, ".2f"), format(3.0, "d") if False else "ok")
for spec in ["d", ".2s", "z"]:
    try:
        print(format(1.5 if spec == "d" else 5 if spec == ".2s" else "s", spec))
    except ValueError as e:
        print("ValueError:", e)
