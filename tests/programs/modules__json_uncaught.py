# An uncaught JSONDecodeError ends the program with its full name on the last line.
import json

print(json.JSONDecodeError.__name__, issubclass(json.JSONDecodeError, ValueError))
print(json.loads('{"ok": [1, 2]}'))
json.loads('{"ok": [1, 2,]}')
