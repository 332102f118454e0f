# assert passes silently, raises AssertionError with or without a message, message evaluated lazily.
assert True
assert 1 < 2, "never shown"
def msg():
    print("message evaluated")
    return "boom"
assert [1], msg()
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, msg()
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert None, {"key": 1}
except AssertionError as e:
    print(e.args)
