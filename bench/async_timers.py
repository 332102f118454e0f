"""Timers: 200,000 tasks each sleeping once, on 1,000 distinct deadlines spread over 50 ms
(real time: both interpreters wait for the last one)."""
import asyncio


async def sleeper(i, done):
    delay = (i * 7919 % 1000) / 20_000
    await asyncio.sleep(delay)
    done.append(i)


async def main():
    done = []
    await asyncio.gather(*[sleeper(i, done) for i in range(200_000)])
    print("checksum", len(done), sum(done) % 1_000_003)


asyncio.run(main())
