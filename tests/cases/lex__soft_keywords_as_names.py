# match, case and _ are soft keywords: ordinary names outside a match statement.
match = [1, 2]
case = {"a": 1}
_ = "underscore"
match.append(3)
print(match[0], case["a"], _)
def match(case, _=None):
    return case
match(case=1)
class case:
    match = "attr"
print(case.match, [match for match in range(2)])
match, case = case, match
type = 5
print(type)
