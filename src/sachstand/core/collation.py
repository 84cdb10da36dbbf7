"""German sorting and case-insensitive search on SQLite and PostgreSQL alike.

Text columns that people sort by (names, titles, codes) carry the collation ``sachstand_de``:
German order with umlauts beside their base letter (DIN 5007-1) and numbers in numeric order, so
"M 1.2" comes before "M 1.10" and "FB 9" before "FB 10". On PostgreSQL it is an ICU collation
(``de-u-kn-true``) created by the core app's migration. SQLite has no ICU; we register a Python
collation of the same name on every connection. SQLite's LIKE also folds ASCII only (so "ämter"
would not find "Ämter"); we replace it with a Unicode-aware one. PostgreSQL's ``UPPER`` already
handles umlauts in UTF-8 databases, which Django's i-lookups use.
"""

import functools
import re
import unicodedata

GERMAN = "sachstand_de"
ICU_LOCALE = "de-u-kn-true"

# DIN 5007-1 ("Wörterbuch-Sortierung"): umlauts sort like their base letter, ß like ss.
_EXPANSIONS = str.maketrans({"ß": "ss", "ẞ": "SS"})


_NUMBERS = re.compile(r"(\d+)")


@functools.lru_cache(maxsize=65536)
def german_sort_key(text: str) -> tuple[tuple[tuple[int, int, str], ...], str]:
    """Key that sorts German text as a German reader expects: Ä with A, case ignored first,
    numbers by value; identical keys fall back to the text itself, so only equal texts tie."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXPANSIONS))
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    parts = tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _NUMBERS.split(base)
        if part
    )
    return parts, text


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
