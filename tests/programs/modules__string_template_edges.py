# string.Template corner cases and the character-class constants used as sets.
import string
from string import Template

print(Template("$$").substitute(), Template("$$x").substitute(x=1), Template("a$").safe_substitute())
print(Template("${a}${b}").substitute(a="A", b=2), Template("$a_1 $_b").substitute(a_1=1, _b=[2]))
print(Template("$x").substitute({"x": "map"}, x="kw"), Template("$x$y").substitute({"x": 1}, y=2))
print(Template("$é and $x").safe_substitute(x=1), Template("${x y}").safe_substitute(x=1))
print(Template("100$%").safe_substitute(), Template("$$$x$$").substitute(x="!"))
print(Template("$a $b").get_identifiers(), Template("${a} $a $$b").get_identifiers())
t = Template("line1\n  $ok\n  $9bad")
try:
    t.substitute(ok=1)
except ValueError as e:
    print("ValueError", e)
print(t.safe_substitute(ok=1).splitlines(), t.is_valid())
try:
    Template("$missing").substitute({})
except KeyError as e:
    print("KeyError", e)


class Dollar(Template):
    delimiter = "#"


print(Dollar("#x and $y and ##").substitute(x=1))
hex_ok = all(c in string.hexdigits for c in "deadBEEF09")
print(hex_ok, set(string.octdigits) <= set(string.digits), len(string.punctuation),
      len(string.ascii_letters), string.whitespace.isspace(), "\x0b" in string.whitespace)
print(string.capwords("  many   spaces here  "), string.capwords("a,b,,c", ","),
      string.capwords("MIXED case WORDS"), repr(string.capwords("")))
print("".join(ch for ch in "Hello, World! 123" if ch not in string.punctuation))
