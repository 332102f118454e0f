# Tabs used consistently are fine: every block line starts with the same whitespace.
def f(x):
	if x:
		return 1
	return 2
class C:
	def m(self):
		return f(1)
print(f(0), C().m())
