# Every quote form: single, double, triple single, triple double, with quotes inside.
a = 'single'
b = "double"
c = '''triple
single with 'quotes' and "quotes"'''
d = """triple
double with ''' inside"""
e = ''
f = ""
g = '''''' + """"""
h = 'it\'s' + "say \"hi\""
i = "'" + '"'
j = """ends with a quote\""""
k = '''a ' b '' c'''
print(a, b, c, d, e, f, g, h, i, j, k)
