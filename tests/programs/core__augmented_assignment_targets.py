# Augmented assignment on names, subscripts and attributes evaluates the target once; += on lists mutates.
calls = []
def key(k):
    calls.append(k)
    return k
d = {"a": 1}
d[key("a")] += 5
print(d, calls)
class O:
    pass
o = O()
o.v = 2
o.v *= 10
o.v -= 1
o.v //= 4
o.v **= 2
o.v %= 7
print(o.v)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "a"
s += "b"
s *= 2
print(s)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 7
print(m)
f = 1.5
f /= 2
print(f)
