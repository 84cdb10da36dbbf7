"""Counting attempts per key in the shared cache, to slow down guessing and flooding.

A ``Throttle`` allows ``limit`` attempts per key within a sliding ``window`` of seconds::

    throttle = Throttle("participation-submit", limit=10, window=3600)
    if not throttle.hit(client_key(request)):
        ...  # refuse; throttle.retry_after(key) says for how many seconds

``hit`` records an attempt and answers False once the key is over its limit; an attempt refused
that way is not recorded, so the time ``retry_after`` names stays true. ``blocked`` asks without
recording, ``reset`` forgets a key (e.g. after a successful login).

Privacy: the key is never stored in clear. The cache key is the scope plus a SHA-256 of the key,
so neither user names nor client addresses appear in the cache (which may be a database table
or a Redis server). ``client_key`` goes further and keys the hash with ``SECRET_KEY`` (HMAC):
a table of hashes of all IPv4 addresses cannot undo it. The values are the times of the recent
attempts, nothing else, and expire with the window. (With the database cache these hashed keys
and times sit in its table ``sachstand_cache``; no model of the application stores any of it.)
The client's address is ``REMOTE_ADDR``, behind a reverse proxy the header it sets
(``client_address``, docs/security.md).

The count lives in the cache configured as ``default`` (docs/configuration.md, ``CACHE_URL``),
which production shares between its worker processes. Reading and writing the count are two
steps, so attempts that arrive at the very same moment may be counted as one; the overshoot is
bounded by the number of requests served at once and matters little against a limit of a few
attempts per quarter of an hour.
"""

import hashlib
import hmac
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def client_key(request: HttpRequest) -> str:
    """The client's address as HMAC-SHA256 keyed with ``SECRET_KEY``; only ever a cache key."""
    return hmac.new(
        settings.SECRET_KEY.encode(), client_address(request).encode(), digestmod=hashlib.sha256
    ).hexdigest()


def client_address(request: HttpRequest) -> str:
    """``REMOTE_ADDR``, or behind a reverse proxy the header that the proxy sets for it
    (``SACHSTAND_CLIENT_ADDRESS_HEADER``, e.g. X-Real-IP; docs/security.md).

    Of a list (X-Forwarded-For) the last entry counts: the one the proxy itself appended; the
    entries before it come from the client and could be anything.
    """
    header = settings.SACHSTAND_CLIENT_ADDRESS_HEADER
    if header:
        forwarded = request.META.get("HTTP_" + header.upper().replace("-", "_"), "")
        address = forwarded.split(",")[-1].strip()
        if address:
            return address
    return request.META.get("REMOTE_ADDR", "") or "unknown"


class Throttle:
    """At most ``limit`` attempts per key within the last ``window`` seconds (see module)."""

    def __init__(self, scope: str, *, limit: int, window: int) -> None:
        if limit < 1 or window < 1:
            raise ValueError("A throttle needs a limit and a window of at least 1.")
        self.scope = scope
        self.limit = limit
        self.window = window

    def hit(self, key: str) -> bool:
        """Record an attempt; False (and nothing recorded) when the key is over the limit."""
        now = time.time()
        attempts = self._recent(key, now)
        if len(attempts) >= self.limit:
            return False
        attempts.append(now)
        # Only the last `limit` attempts can ever decide, so no more are kept.
        cache.set(self._cache_key(key), attempts[-self.limit :], timeout=self.window)
        return True

    def blocked(self, key: str) -> bool:
        """Whether the next attempt of this key would be refused."""
        return len(self._recent(key, time.time())) >= self.limit

    def reset(self, key: str) -> None:
        cache.delete(self._cache_key(key))

    def retry_after(self, key: str) -> int:
        """Seconds until the key may try again; 0 when it may now."""
        now = time.time()
        attempts = self._recent(key, now)
        if len(attempts) < self.limit:
            return 0
        return max(1, math.ceil(attempts[-self.limit] + self.window - now))

    def _recent(self, key: str, now: float) -> list[float]:
        attempts = cache.get(self._cache_key(key)) or []
        return [moment for moment in attempts if moment > now - self.window]

    def _cache_key(self, key: str) -> str:
        digest = hashlib.sha256(f"{self.scope}\0{key}".encode()).hexdigest()
        return f"sachstand:throttle:{self.scope}:{digest}"
