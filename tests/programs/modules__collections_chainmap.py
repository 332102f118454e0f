# collections.ChainMap: lookups through several mappings, writes to the first.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["size"], cm.get("nope", "-"), "color" in cm, len(cm))
print(list(cm), sorted(cm.items()), dict(cm.items()))
print(cm)
cm["color"] = "blue"
print(cli, cm["color"], defaults["color"])
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[0], len(child.maps))
del cm["color"]
print(cm["color"], bool(ChainMap()), ChainMap() == {}, cm == dict(cm.items()))
print(cm.pop("size"), cm["size"], ChainMap.fromkeys("ab", 0))
for bad in [lambda: cm["missing"], lambda: cm.__delitem__("user"), lambda: ChainMap({}, {"a": 1}).popitem()]:
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
