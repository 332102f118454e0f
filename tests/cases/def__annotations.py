# Annotations on every parameter kind and on the return value.
from typing import Optional
def annotated(
    a: int,
    b: "str" = "x",
    /,
    c: list[int] = [],
    *args: tuple,
    d: Optional[float],
    e: int | None = None,
    **kwargs: dict[str, int],
) -> "dict[str, object]":
    return {}
async def fetch(url: str, *, timeout: float = 1.0) -> bytes:
    return b""
def lambda_default(f=lambda x: x) -> callable: return f
print(sorted(annotated.__annotations__))
