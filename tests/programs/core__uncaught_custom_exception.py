# An uncaught user-defined exception raised from a method shows its qualified name and message.
class ConfigError(Exception):
    pass
class Loader:
    def load(self):
        raise ConfigError("bad setting 'x'", 3)
print("loading")
Loader().load()
