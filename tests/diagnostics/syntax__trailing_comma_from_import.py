from asyncio import sleep, gather,
