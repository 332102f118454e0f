# json.loads: values, round trips, hooks, and CPython's error messages and positions.
import json

text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}, "e": ""}'
obj = json.loads(text)
print(obj)
print(json.loads(json.dumps(obj)) == obj, json.loads('  [ ]  '), json.loads('{}'), json.loads('"x"'))
print(json.loads('123456789012345678901234567890'), json.loads('-0'), json.loads('1E+2'), json.loads('0.25'))
print(json.loads('[NaN, Infinity, -Infinity]'), repr(json.loads('"\\/\\b\\f\\r\\t\\"\\\\"')))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'[1]'))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda s: s.lower()))
decoder = json.JSONDecoder()
print(decoder.decode('[1]'), decoder.raw_decode('[1] tail'))

bad_docs = ['', '  ', '1 2', '{a:1}', '{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '{"a":1 "b"}',
            '"abc', '"a\nb"', '"\\x"', '"\\u12"', 'tru', '[', '{', '-', '01', '[1,2', '{"a"',
            '{"a":}', '[,1]', '[1,\n 2,\n x]', '"ab\\q"', '"\\ud800\\u12"', '-Inf', '{"a":1}x']
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads('[1,')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
try:
    json.loads(1)
except TypeError as e:
    print("TypeError", e)
