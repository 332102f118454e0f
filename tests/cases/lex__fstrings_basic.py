# f-strings: expressions of every kind, doubled braces, all quote and prefix forms.
name = "weft"
items = [1, 2, 3]
a = f"hello {name}"
b = F'{name.upper()} has {len(name)} letters'
c = f"{items[0] + items[-1]} {items[1:]} {{literal braces}}"
d = f"""triple {name}
{items}"""
e = f'''{name!r:>10}'''
g = f"{'nested quotes'} {name + 'x'} {3 if name else 4}"
h = f"{ name }"
i = fr"raw \d {name}" + Rf"\w{name}"
j = f"{(lambda x: x * 2)(3)} {[k for k in range(3)]} {dict(a=1)['a']}"
k = f"{name:}" + f"" + f"{{}}"
l = f"{ {'a': 1}['a'] }"
print(a, b, c, d, e, g, h, i, j, k, l)
