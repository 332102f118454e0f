# Uncaught AttributeError on an instance: the message names the type and attribute.
class Box:
    def __init__(self):
        self.content = 1
b = Box()
print(b.content)
print(b.contents)
