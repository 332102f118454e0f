import asyncio
fetch = async lambda url: url.upper()
