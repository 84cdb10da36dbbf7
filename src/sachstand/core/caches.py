"""The cache as a URL (``CACHE_URL``), like the database (docs/configuration.md).

The cache holds the login throttle's counts (``core.throttle``) and rendered charts. Production
runs several worker processes, which must share the counts, or each process would allow its own
attempts: so production's default is the database (``db://``), which needs no server of its own.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

DATABASE_CACHE_TABLE = "sachstand_cache"


def cache_from_url(url: str) -> dict:
    """``locmem://`` (one process), ``db://`` or ``db://TABLE`` (the database, shared by all
    processes), ``redis://host:port/db`` or ``rediss://…`` (a Redis server)."""
    parts = urlsplit(url)
    if parts.scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if parts.scheme == "db":
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": parts.netloc or DATABASE_CACHE_TABLE,
        }
    if parts.scheme in ("redis", "rediss"):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    # Settings load before translations are available, so this message is German directly.
    raise ImproperlyConfigured(
        f"Umgebungsvariable CACHE_URL: „{url}“ wird nicht verstanden "
        "(erlaubt: locmem://, db://, redis://host:6379/0)."
    )
