# A class body runs top to bottom like a function body; its names become attributes; methods see globals.
print("before class")
class Config:
    print("in class body")
    names = []
    for i in range(3):
        names.append(f"opt{i}")
    del i
    if len(names) > 2:
        mode = "many"
    else:
        mode = "few"
    def describe(self):
        return f"{self.mode}: {', '.join(self.names)}"
    total = len(names) * 10
print("after class")
print(Config.names, Config.mode, Config.total, Config().describe(), hasattr(Config, "i"))
x = "global x"
class Shadow:
    x = "class x"
    def get(self):
        return x
    def get_class(self):
        return self.x
print(Shadow().get(), Shadow().get_class())
