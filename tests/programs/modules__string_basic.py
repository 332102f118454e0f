# string: the constants, capwords, Template substitution and its errors.
import string
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-8:]))
print(string.capwords("hello   wide  world"), string.capwords(" a-b c-d ", "-"))
print(string.capwords("ÉCOLE élève"), [c for c in "a1!" if c in string.ascii_letters + string.digits])

t = Template("$who likes ${what}s, costs $$$amount")
print(t.substitute(who="tim", what="kiwi", amount=3))
print(t.substitute({"who": "ann", "what": "fig"}, amount=2.5))
print(t.safe_substitute(who="bo"))
print(t.template, t.get_identifiers(), t.is_valid())
print(Template("$a$b ${a}_x $a_x").safe_substitute(a=1, b=2))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["cost: $", "line one\nprice ${x", "a $1 b", "x ${}"]:
    bt = Template(bad)
    print(bt.is_valid(), repr(bt.safe_substitute(x=1)))
    try:
        bt.substitute(x=1)
    except ValueError as e:
        print("ValueError", e)


class Percent(Template):
    delimiter = "%"


print(Percent("100%% of %name").substitute(name="tests"))
