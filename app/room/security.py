"""The guards every Room join request passes: the join token, the page's own
origin, the body size and a per-client rate limit. Plain Python, so each guard is
tested on its own with a fake clock."""

from __future__ import annotations

import hmac
import math
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_BODY = 8 * 1024  # bytes; a card is a few hundred
RATE_CAPACITY = 20  # requests a client may send in a burst ...
RATE_PERIOD_S = 10.0  # ... refilled evenly over this many seconds


def new_token() -> str:
    """128 random bits, URL-safe: a fresh one each time Room join is switched on."""
    return secrets.token_urlsafe(16)


def token_ok(given: str | None, token: str) -> bool:
    # compare_digest takes the same time wherever the first difference is.
    return given is not None and hmac.compare_digest(given.encode(), token.encode())


def origin_ok(origin: str | None, own_origin: str) -> bool:
    """Browsers send Origin on cross-site requests and on every POST; a request
    without one (curl, a same-origin GET) is judged by its token alone."""
    return origin is None or origin == own_origin


# A media-type parameter: name=token or name="quoted string" (RFC 9110 §8.3.1).
_PARAMETER = re.compile(r'^\s*([!#$%&\'*+.^_`|~0-9A-Za-z-]+)=("[^"\\]*"|[!#$%&\'*+.^_`|~0-9A-Za-z-]+)\s*$')


def is_json(content_type: str | None) -> bool:
    """Exactly application/json, with parameters if any; a charset must be UTF-8.
    A prefix test would let application/jsonx or application/json-patch+json in."""
    if not content_type:
        return False
    media_type, *parameters = content_type.split(";")
    if media_type.strip().lower() != "application/json":
        return False
    for parameter in parameters:
        if not parameter.strip():
            continue  # RFC 9110 allows an empty parameter ("application/json;")
        match = _PARAMETER.match(parameter)
        if match is None:
            return False
        name, value = match.group(1).lower(), match.group(2).strip('"').lower()
        if name == "charset" and value not in ("utf-8", "utf8"):
            return False
    return True


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """A token bucket per client: ``capacity`` requests at once, refilled at
    capacity/period per second. ``clock`` returns seconds (monotonic)."""

    def __init__(self, capacity: int = RATE_CAPACITY, period_s: float = RATE_PERIOD_S,
                 clock: Callable[[], float] = time.monotonic):
        self.capacity = capacity
        self.rate = capacity / period_s
        self.clock = clock
        self._buckets: dict[str, _Bucket] = {}

    def allow(self, client: str) -> bool:
        now = self.clock()
        bucket = self._buckets.get(client)
        if bucket is None:
            if len(self._buckets) > 10_000:  # forget idle clients rather than grow without end
                self._buckets.clear()
            bucket = self._buckets[client] = _Bucket(float(self.capacity), now)
        bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return True
        return False

    def retry_after(self, client: str) -> int:
        """Whole seconds until ``client``, just refused by allow(), has a request again."""
        missing = 1 - self._buckets[client].tokens
        return max(1, math.ceil(missing / self.rate))
