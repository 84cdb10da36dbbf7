"""German sorting and case-insensitive search on SQLite and PostgreSQL alike.

PostgreSQL ships the ICU collation "de-x-icu" and upper-cases umlauts in UTF-8 databases. SQLite
knows neither: its LIKE folds ASCII only (so "ämter" would not find "Ämter") and its sort order is
by code point (so "Ärger" comes after "Zoo"). We register a collation under the same name and a
Unicode-aware LIKE on every SQLite connection, so the same query behaves the same on both.
"""

import functools
import re
import unicodedata

from django.db.models import F
from django.db.models.functions import Collate

GERMAN = "de-x-icu"

# DIN 5007-1 ("Wörterbuch-Sortierung"): umlauts sort like their base letter, ß like ss.
_EXPANSIONS = str.maketrans({"ß": "ss", "ẞ": "SS"})


@functools.lru_cache(maxsize=65536)
def german_sort_key(text: str) -> tuple[str, str]:
    """Key that sorts German text as a German reader expects: Ä with A, case ignored first."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXPANSIONS))
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return base, text


def _collate_german(left: str, right: str) -> int:
    a, b = german_sort_key(left), german_sort_key(right)
    return (a > b) - (a < b)


@functools.lru_cache(maxsize=1024)
def _like_regex(pattern: str, escape: str | None) -> re.Pattern[str]:
    parts: list[str] = []
    chars = iter(pattern)
    for ch in chars:
        if escape and ch == escape:
            parts.append(re.escape(next(chars, "")))
        elif ch == "%":
            parts.append(".*")
        elif ch == "_":
            parts.append(".")
        else:
            parts.append(re.escape(ch))
    return re.compile("".join(parts), re.DOTALL | re.IGNORECASE)


def _like(pattern: str | None, value: str | None, escape: str | None = None) -> bool | None:
    if pattern is None or value is None:
        return None
    return _like_regex(pattern.casefold(), escape).fullmatch(str(value).casefold()) is not None


def install_sqlite_functions(sender, connection, **kwargs) -> None:
    if connection.vendor != "sqlite":
        return
    raw = connection.connection
    raw.create_collation(GERMAN, _collate_german)
    # Replacing like() replaces the LIKE operator, which Django uses for the i-lookups.
    raw.create_function("like", 2, _like, deterministic=True)
    raw.create_function("like", 3, _like, deterministic=True)


def german(field: str) -> Collate:
    """An ordering expression that sorts a text field in German order on every database."""
    return Collate(F(field), GERMAN)
