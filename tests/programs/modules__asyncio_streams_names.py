# asyncio's transport and stream names (weft compiles that part of its asyncio on first
# use): reached by attribute, `from asyncio import`, `import *`, dir(), vars(), hasattr,
# del and assignment before anything else touched them, and the errors for missing names.
import asyncio

asyncio.Protocol = "replaced before first use"
del asyncio.IncompleteReadError
print(asyncio.Protocol)
print(hasattr(asyncio, "IncompleteReadError"), hasattr(asyncio, "LimitOverrunError"))
asyncio.IncompleteReadError = "restored"
print(asyncio.StreamReader.__name__, asyncio.BaseProtocol.__name__)
print([n in dir(asyncio) for n in ("open_connection", "start_server", "StreamWriter", "Queue")])
print("StreamReaderProtocol" in vars(asyncio), "sleep" in asyncio.__dict__)
from asyncio import open_connection, start_server
print(open_connection.__name__, start_server.__qualname__)
try:
    from asyncio import no_such_name
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
try:
    asyncio.no_such_name
except AttributeError as e:
    print("AttributeError", e)
try:
    del asyncio.no_such_name
except AttributeError as e:
    print("AttributeError", e)
from asyncio import *
print(StreamWriter.__name__, Queue.__name__, issubclass(StreamReaderProtocol, BaseProtocol))
print(IncompleteReadError, Protocol)
