"""Strict helpers for reading settings from environment variables.

Every variable read here is documented in docs/configuration.md. A value that cannot be parsed
stops the start with a message naming the variable, instead of silently falling back.
"""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on", "ja"}
_FALSE = {"0", "false", "no", "off", "nein", ""}


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    # Settings load before translations are available, so this message is German directly.
    raise ImproperlyConfigured(
        f"Umgebungsvariable {name}: „{raw}“ ist kein Wahrheitswert (erlaubt: true/false, 1/0)."
    )


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(
            f"Umgebungsvariable {name}: „{raw}“ ist keine ganze Zahl."
        ) from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int_list(name: str, default: list[int]) -> list[int]:
    """Comma-separated whole numbers of at least 0, e.g. ``14,7,1``."""
    items = env_list(name, [str(d) for d in default])
    try:
        values = [int(item) for item in items]
    except ValueError:
        values = []
    if not values or any(v < 0 for v in values):
        raise ImproperlyConfigured(
            f"Umgebungsvariable {name}: „{os.environ.get(name)}“ ist keine Liste ganzer Zahlen "
            "ab 0 (z. B. 14,7,1)."
        )
    return values
