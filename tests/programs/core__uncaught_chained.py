# An uncaught exception raised `from` another: the last traceback line names the outer one.
class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


settings = {"host": "localhost"}
print("host:", load(settings, "host"))
print("port:", load(settings, "port"))
