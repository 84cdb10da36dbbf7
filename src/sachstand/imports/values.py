"""Reading cell values from imported spreadsheets: forgiving where real files are messy, with a
clear German message where a value cannot be read.

Cells arrive as the file readers deliver them: str, int, float, bool, date, datetime, Decimal or
None. Every parser returns its result or raises ``ValueProblem``; nothing else escapes, whatever
the input. The rules for ambiguous input, in short:

- Numbers: the last of "," and "." is the decimal separator when both occur ("1.234,56",
  "1,234.56"). A lone "," is decimal ("1,234" = 1.234); several are thousands ("1,234,567").
  A lone "." followed by exactly three digits is a thousands separator ("1.234" = 1234) unless
  the number starts with 0 (0.125) or spaces already group the thousands ("1 234.567");
  otherwise it is decimal ("1.5"). Thousands groups must have three digits. Spaces and
  apostrophes group thousands. "12,-" is 12, a trailing minus ("1.234,56-") is negative.
  Floats are taken with Excel's 15 significant digits, which drops binary noise.
- Money: rounded half up to cents; but text such as "1,234 €" (one comma, three digits) is
  refused as ambiguous: in a German plan nobody writes tenths of a cent, so it is most likely an
  English thousands separator.
- Percentages: a float or Decimal 0 < x <= 1 is an Excel percent cell (0.8 is 80 %); an int is
  always a percent number (1 is 1 %); text is always a percent number ("0,8" is 1 % after
  rounding half up to a whole percent).
- Dates: "31/12/2026" is day/month; two-digit years 00–69 are 2000–2069, 70–99 are 1970–1999.
  Excel serial numbers count days as Excel does (with its fictitious 29.02.1900, serial 60,
  refused). Where periods are allowed, a whole number 1900–2999 is a year, not a serial.
- Blank cells: ``parse_text`` gives "", ``parse_bool`` gives False (a checkbox column is "x" or
  empty); every other parser refuses them, so check ``is_blank`` first for optional columns.
  NaN counts as blank (some readers use it for empty cells).
"""

from __future__ import annotations

import calendar
import math
import numbers
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Literal

from django.utils.translation import gettext as _

from sachstand.core.formatting import format_date
from sachstand.core.halfyear import HalfYear

# The first spelling of each choice is its label in messages, the template and the export.
STATUS_CHOICES: dict[str, tuple[str, ...]] = {
    "planned": ("geplant", "planned", "offen", "neu"),
    "in_progress": (
        "in Umsetzung",
        "in Bearbeitung",
        "laufend",
        "in Arbeit",
        "begonnen",
        "in progress",
    ),
    "completed": ("abgeschlossen", "erledigt", "fertig", "umgesetzt", "completed", "done"),
    "deferred": ("zurückgestellt", "pausiert", "verschoben", "deferred"),
    "cancelled": ("abgebrochen", "gestoppt", "eingestellt", "verworfen", "cancelled"),
}
LIGHT_CHOICES: dict[str, tuple[str, ...]] = {
    "green": ("grün", "gruen", "green", "g"),
    "yellow": ("gelb", "yellow", "orange", "y"),
    "red": ("rot", "red", "r"),
}
KIND_CHOICES: dict[str, tuple[str, ...]] = {
    "investiv": ("investiv", "Investition", "I", "invest"),
    "konsumtiv": ("konsumtiv", "Betrieb", "laufend", "K", "Sachkosten"),
}

MAX_DIGITS = 15  # before the decimal separator; Excel keeps 15 significant digits
_LIMIT = Decimal(10) ** MAX_DIGITS
_SHOWN_LENGTH = 60


class ValueProblem(ValueError):
    """A cell value that cannot be read; ``message`` is German, names the value and says what is
    expected."""

    def __init__(self, message: str, *, value: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.value = value


# --- text ------------------------------------------------------------------------------------

# Control characters a database refuses or a reader cannot see; whitespace is handled by split().
_INVISIBLE = dict.fromkeys(
    [
        *(c for c in range(0x20) if not chr(c).isspace()),
        *(c for c in range(0x7F, 0xA0) if not chr(c).isspace()),
        0x00AD,  # soft hyphen
        0x200B,  # zero-width space
        0x2060,  # word joiner
        0xFEFF,  # byte order mark
        *range(0xD800, 0xE000),  # lone surrogates
    ]
)


def _clean(text: str) -> str:
    """NFC, without invisible characters, whitespace (also NBSP) collapsed to single spaces."""
    return " ".join(unicodedata.normalize("NFC", text.translate(_INVISIBLE)).split())


def _clean_lines(text: str) -> str:
    """As ``_clean`` within each line; at most one empty line in a row, none at either end."""
    lines = unicodedata.normalize("NFC", text.translate(_INVISIBLE)).splitlines()
    kept: list[str] = []
    for line in (" ".join(line.split()) for line in lines):
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip("\n")


def is_blank(value: object) -> bool:
    """None, NaN, or text of nothing but whitespace (also non-breaking spaces)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not _clean(value)
    if isinstance(value, Decimal):
        return value.is_nan()
    return isinstance(value, float) and math.isnan(value)


def parse_text(value: object, *, multiline: bool = False) -> str:
    """The cell as text: stripped, runs of whitespace as one space (with ``multiline`` line
    breaks stay, at most one empty line in a row); numbers and dates as their natural text."""
    if is_blank(value):
        return ""
    if isinstance(value, str):
        return _clean_lines(value) if multiline else _clean(value)
    if isinstance(value, bool):
        return _("TRUE") if value else _("FALSE")
    if isinstance(value, numbers.Integral | float | Decimal):
        number = _finite_decimal(value)
        if number is not None:
            return _plain(number)
    elif isinstance(value, datetime | date | time):
        return _date_text(value)
    raise ValueProblem(
        _("“%(value)s” cannot be read as a cell value.") % {"value": _shown(value)}, value=value
    )


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    text = _clean(text).casefold()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelled)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "".join(c for c in text if c.isalnum())


def header_key(text: object) -> str:
    """A column header folded for synonym lookup: "Geplantes Ende (Datum)*" and "geplantes
    ende datum" both give "geplantesendedatum"."""
    return _fold(parse_text(text))


# --- display in messages ---------------------------------------------------------------------


def _shown(value: object) -> str:
    """The value as the user sees it in the spreadsheet, shortened for a message."""
    if isinstance(value, str):
        text = _clean(value)
    elif isinstance(value, bool):
        text = _("TRUE") if value else _("FALSE")
    elif isinstance(value, numbers.Integral | float | Decimal):
        text = _german_number(value)
    elif isinstance(value, datetime | date | time):
        text = _date_text(value)
    else:
        try:
            text = _clean(repr(value))
        except Exception:  # a broken __repr__ must not hide the actual problem
            text = type(value).__name__
    return text if len(text) <= _SHOWN_LENGTH else text[: _SHOWN_LENGTH - 1] + "…"


def _german_number(value: numbers.Integral | float | Decimal) -> str:
    number = _finite_decimal(value)
    if number is None:  # NaN or infinite
        return str(value).replace("Infinity", "∞").replace("inf", "∞")
    return _plain(number).replace(".", ",")


def _plain(number: Decimal) -> str:
    """Without an exponent, unless the number is absurdly large or small."""
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -40 and number.adjusted() < 40:
        return format(number, "f")
    return str(number)


def _date_text(value: date | time) -> str:
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, datetime) and value.time() != time(0):
        return format_date(value) + value.strftime(" %H:%M:%S" if value.second else " %H:%M")
    return format_date(value)


def _empty(expected: str) -> ValueProblem:
    return ValueProblem(_("The cell is empty (expected: %(expected)s).") % {"expected": expected})


# --- numbers ---------------------------------------------------------------------------------

_CURRENCY = r"euro|eur|€"
_NUMBER_TEXT = re.compile(
    rf"(?P<pre>{_CURRENCY})? ?(?P<sign>[-+−–])? ?(?P<pre2>{_CURRENCY})? ?"
    r"(?P<core>[.,]?\d(?:[\d.,' ’]*\d)?)(?P<dash>[.,][-–]{1,2})?(?P<trailing>-)?"
    rf" ?(?P<unit>{_CURRENCY}|%|prozent)?",
    re.ASCII,
)
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}", re.ASCII)
_AMBIGUOUS_MONEY = re.compile(r"[1-9]\d{0,2},\d{3}", re.ASCII)
_GROUPS = re.compile(r"[ '’.,]")


@dataclass(frozen=True)
class _NumberText:
    number: Decimal
    core: str
    currency: bool
    percent: bool


def _finite_decimal(value: numbers.Integral | float | Decimal) -> Decimal | None:
    """The number as Decimal; floats with 15 significant digits, as Excel shows them."""
    if isinstance(value, numbers.Integral):
        return Decimal(int(value))
    if isinstance(value, float):
        return Decimal(format(value, ".15g")) if value - value == 0 else None
    return value if value.is_finite() else None


def _number_of(value: object) -> Decimal | None:
    if isinstance(value, numbers.Integral | float | Decimal) and not isinstance(value, bool):
        return _finite_decimal(value)
    return None


def _number_text(text: str) -> _NumberText | None:
    match = _NUMBER_TEXT.fullmatch(_clean(text).casefold())
    if match is None or (match["pre"] and (match["pre2"] or match["unit"])):
        return None
    if match["trailing"] and (match["sign"] or match["dash"]):
        return None
    number = _core_number(match["core"])
    if number is None:
        return None
    if match["sign"] in ("-", "−", "–") or match["trailing"]:
        number = -number
    unit = match["unit"] or ""
    currency = bool(match["pre"] or match["pre2"] or unit not in ("", "%", "prozent"))
    return _NumberText(number, match["core"], currency, unit in ("%", "prozent"))


def _core_number(core: str) -> Decimal | None:
    """Digits with separators, the rules in the module docstring; None if they make no sense."""
    grouped = any(c in core for c in " '’")
    dots, commas = core.count("."), core.count(",")
    if dots and commas:
        decimal = "." if core.rfind(".") > core.rfind(",") else ","
        if core.count(decimal) > 1:
            return None
    elif commas:
        decimal = "," if commas == 1 else ""
    elif dots == 1:
        decimal = "" if not grouped and _DOT_THOUSANDS.fullmatch(core) else "."
    else:
        decimal = ""
    whole, _sep, fraction = core.partition(decimal) if decimal else (core, "", "")
    if fraction and not fraction.isdigit():
        return None
    if len({c for c in whole if not c.isdigit()}) > 1:
        return None
    groups = _GROUPS.split(whole)
    if len(groups) > 1 and not (
        1 <= len(groups[0]) <= 3
        and not groups[0].startswith("0")
        and all(len(g) == 3 for g in groups[1:])
    ):
        return None
    digits = "".join(groups) or "0"
    return Decimal(f"{digits}.{fraction}" if fraction else digits)


def _decimal(value: object, expected: str) -> tuple[Decimal, _NumberText | None]:
    """The number in a cell, and how it was written if it was text."""
    if is_blank(value):
        raise _empty(expected)
    written = None
    if isinstance(value, str):
        written = _number_text(value)
        if written is None or written.percent:
            raise _not_a_number(value)
        number = written.number
    elif (finite := _number_of(value)) is not None:
        number = finite
    elif isinstance(value, date | time):
        raise ValueProblem(
            _("“%(value)s” is a date, not a number; please check the format of the cell.")
            % {"value": _shown(value)},
            value=value,
        )
    else:
        raise _not_a_number(value)
    if abs(number) >= _LIMIT:
        raise ValueProblem(
            _("“%(value)s” is too large (at most %(digits)d digits before the decimal separator).")
            % {"value": _shown(value), "digits": MAX_DIGITS},
            value=value,
        )
    return (abs(number) if number.is_zero() else number), written


def _not_a_number(value: object) -> ValueProblem:
    return ValueProblem(
        _("“%(value)s” is not a number (expected e.g. 1.234,56).") % {"value": _shown(value)},
        value=value,
    )


def parse_decimal(value: object) -> Decimal:
    """A number as Germans and others write it: "1.234,56", "1234,5", "1 234,56 €", "-1.5"."""
    return _decimal(value, _("a number"))[0]


def parse_money(value: object) -> Decimal:
    """An amount in euros, rounded half up to cents: "1.234,56 €", "EUR 1234", "12,-"."""
    number, written = _decimal(value, _("an amount in euros"))
    if written is not None and _AMBIGUOUS_MONEY.fullmatch(written.core):
        raise ValueProblem(
            _(
                "“%(value)s” is ambiguous: please write thousands with a dot (1.234 €) "
                "and cents with two digits (1,23 €)."
            )
            % {"value": _shown(value)},
            value=value,
        )
    rounded = number.quantize(Decimal("0.01"), ROUND_HALF_UP)
    return abs(rounded) if rounded.is_zero() else rounded


def parse_int(value: object) -> int:
    """A whole number: "3", 3.0, "3,0", "1.000"; 3.5 is refused."""
    number, _written = _decimal(value, _("a whole number"))
    if number != number.to_integral_value():
        raise ValueProblem(
            _("“%(value)s” is not a whole number.") % {"value": _shown(value)}, value=value
        )
    return int(number)


def parse_percent(value: object) -> int:
    """A whole percentage 0–100: "80 %", "80", 80, and 0.8 from an Excel percent cell."""
    if is_blank(value):
        raise _empty(_("a percentage"))
    if isinstance(value, str):
        written = _number_text(value)
        if written is None or written.currency:
            raise _not_a_percent(value)
        number, shown = written.number, _shown(value)
    elif (finite := _number_of(value)) is not None:
        fraction = not isinstance(value, numbers.Integral) and 0 < finite <= 1
        number, shown = (finite * 100 if fraction else finite), f"{_shown(value)} %"
    else:
        raise _not_a_percent(value)
    if (
        not -1 < number < 101
        or not 0 <= (whole := number.quantize(Decimal(1), ROUND_HALF_UP)) <= 100
    ):
        raise ValueProblem(
            _("“%(value)s” is not between 0 and 100 %%.") % {"value": shown}, value=value
        )
    return int(whole)


def _not_a_percent(value: object) -> ValueProblem:
    return ValueProblem(
        _("“%(value)s” is not a percentage (expected e.g. 80 %%).") % {"value": _shown(value)},
        value=value,
    )


# --- dates and periods -----------------------------------------------------------------------

_EXCEL_LAST_SERIAL = 2958465  # 31.12.9999
_TIME = (
    r"(?:[ t] ?(?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2})(?:[.,]\d{1,6})?)?"
    r"(?: ?uhr)?(?:z|[+-]\d{2}:?\d{2})?)?"
)
_MONTH_NAME = r"(?P<mon>[a-zäöü]{3,9})"
_DATE_FORMS = tuple(
    re.compile(form + _TIME, re.ASCII)
    for form in (
        r"(?P<d>\d{1,2})\. ?(?P<m>\d{1,2})\. ?(?P<y>\d{4}|\d{2})",  # 31.12.2026, 1.2.26
        r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}|\d{2})",  # 31/12/2026
        r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})",  # 31-12-2026
        r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})",  # 2026-12-31
        rf"(?P<d>\d{{1,2}})\.? ?{_MONTH_NAME}\.? ?(?P<y>\d{{4}})",  # 31. Dezember 2026
    )
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januar jan jaenner jaen january",
            "februar feb feber february",
            "maerz maer mrz mar march",
            "april apr",
            "mai may",
            "juni jun june",
            "juli jul july",
            "august aug",
            "september sep sept",
            "oktober okt oct october",
            "november nov",
            "dezember dez dec december",
        ),
        start=1,
    )
    for name in names.split()
}
_Y = r"(?P<y>\d{4}|\d{2})"
_Y4 = r"(?P<y>\d{4})"
_HALF = r"(?:hj|halbj|halbjahr)"
_PERIOD_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(form, re.ASCII))
    for kind, form in (
        ("half", rf"(?P<n>[12])\.? ?{_HALF}\.?[ ./-]*{_Y}"),  # 2. HJ 2026, 2. Halbjahr 2026
        ("half", rf"(?P<word>erste[nrs]?|zweite[nrs]?) {_HALF}\.?[ ./-]*{_Y}"),
        ("half", rf"(?:{_HALF}|h) ?(?P<n>[12])[ ./-]+{_Y}"),  # HJ2/2026, H2/2026, H2 2026
        ("half", rf"{_Y4}[ ./-]*(?:hj|h) ?(?P<n>[12])"),  # 2026-H2, 2026/H2
        ("quarter", rf"(?P<n>[1-4])\.? ?(?:quartal|q)\.?[ ./-]*{_Y}"),  # 3. Quartal 2026
        ("quarter", rf"(?:quartal|q) ?(?P<n>[1-4])[ ./-]+{_Y}"),  # Q3/2026, Q3 2026
        ("quarter", rf"{_Y4}[ ./-]*q ?(?P<n>[1-4])"),  # 2026-Q3
        ("month", rf"(?P<n>\d{{1,2}}) ?[/.-] ?{_Y4}"),  # 12/2026, 12.2026
        ("month", rf"{_Y4} ?[/-] ?(?P<n>\d{{1,2}})"),  # 2026-12
        ("month", rf"{_MONTH_NAME}\.?[ ./-]*{_Y4}"),  # Dezember 2026, Dez. 2026
        ("year", _Y4),  # 2026
    )
)


def _year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        return year + (2000 if year <= 69 else 1900)
    return year


def _invalid_date(value: object) -> ValueProblem:
    return ValueProblem(
        _("“%(value)s” is not a valid date (expected e.g. 31.12.2026).") % {"value": _shown(value)},
        value=value,
    )


def _date_from_text(text: str) -> date | None:
    """The date written in ``text``; None if it is not written like a date at all."""
    folded = _clean(text).casefold()
    match = next((m for form in _DATE_FORMS if (m := form.fullmatch(folded))), None)
    if match is None:
        return None
    parts = match.groupdict()
    month = _MONTHS.get(_fold(parts["mon"])) if parts.get("mon") else int(parts["m"])
    if month is None:
        return None
    hour, minute, second = (int(parts[name] or 0) for name in ("hh", "mi", "ss"))
    if hour > 23 or minute > 59 or second > 59:
        raise _invalid_date(text)
    try:
        return date(_year(match["y"]), month, int(match["d"]))
    except ValueError:
        raise _invalid_date(text) from None


def _date_from_serial(value: object, number: Decimal) -> date:
    """Excel's day count: 1 is 01.01.1900, and Excel believes 1900 was a leap year."""
    if not 1 <= number < _EXCEL_LAST_SERIAL + 1:
        raise _not_a_date(value)
    serial = int(number)
    if serial == 60:
        raise ValueProblem(
            _("“%(value)s” is Excel's day 29.02.1900, which never existed.")
            % {"value": _shown(value)},
            value=value,
        )
    return date(1899, 12, 31 if serial < 60 else 30) + timedelta(days=serial)


def _not_a_date(value: object) -> ValueProblem:
    return ValueProblem(
        _("“%(value)s” is not a date (expected e.g. 31.12.2026).") % {"value": _shown(value)},
        value=value,
    )


def _year_of(value: object) -> int | None:
    """A number cell that holds a year: as a serial number it would be a day in 1905 to 1908."""
    number = _number_of(value)
    if number is not None and 1900 <= number <= 2999 and number == number.to_integral_value():
        return int(number)
    return None


def parse_date(value: object) -> date:
    """A date: date and datetime cells, Excel serial numbers, "31.12.2026", "31.12.26",
    "2026-12-31", "31/12/2026", also with a time of day (which is dropped)."""
    if is_blank(value):
        raise _empty(_("a date"))
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        found = _date_from_text(value)
        if found is None:
            raise _not_a_date(value)
        return found
    number = _number_of(value)
    if number is None:
        raise _not_a_date(value)
    return _date_from_serial(value, number)


def _period(value: str) -> tuple[date, date] | None:
    """First and last day of the period written in ``value``; None if it is not one."""
    folded = _clean(value).casefold()
    found = next(((k, m) for k, form in _PERIOD_FORMS if (m := form.fullmatch(folded))), None)
    if found is None:
        return None
    kind, match = found
    parts = match.groupdict()
    year = _year(parts["y"])
    if not 1900 <= year <= 2999:
        raise ValueProblem(
            _("“%(value)s” lies outside the years 1900 to 2999.") % {"value": _shown(value)},
            value=value,
        )
    if kind == "year":
        return date(year, 1, 1), date(year, 12, 31)
    if kind == "half":
        half = HalfYear(
            year, int(parts["n"]) if parts.get("n") else 1 + parts["word"].startswith("z")
        )
        return half.start, half.end
    if kind == "quarter":
        first = 3 * int(parts["n"]) - 2
        return date(year, first, 1), date(year, first + 2, 31 if first in (1, 10) else 30)
    month = _MONTHS.get(_fold(parts["mon"])) if parts.get("mon") else int(parts["n"])
    if month is None or not 1 <= month <= 12:
        return None
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _day_as_period(text: str) -> tuple[date, date] | None:
    day = _date_from_text(text)
    return None if day is None else (day, day)


def parse_date_or_period(value: object, *, edge: Literal["start", "end"]) -> date:
    """A date, or the first (``edge="start"``) or last (``edge="end"``) day of a period:
    "2. HJ 2026", "H2/2026", "2026-H2", "Q3/2026", "3. Quartal 2026", "12/2026", "Dez. 2026",
    "2026" (also as a number)."""
    if edge not in ("start", "end"):
        raise ValueError(f"edge must be 'start' or 'end', not {edge!r}")
    if is_blank(value):
        raise _empty(_("a date or a period"))
    if isinstance(value, HalfYear):
        return value.start if edge == "start" else value.end
    if isinstance(value, str):
        bounds = _period(value) or _day_as_period(value)
        if bounds is None:
            raise ValueProblem(
                _(
                    "“%(value)s” is neither a date nor a period "
                    "(expected e.g. 31.12.2026, 2. HJ 2026, Q3/2026, 12/2026 or 2026)."
                )
                % {"value": _shown(value)},
                value=value,
            )
    elif (year := _year_of(value)) is not None:
        bounds = date(year, 1, 1), date(year, 12, 31)
    else:
        return parse_date(value)
    return bounds[0] if edge == "start" else bounds[1]


def parse_half_year(value: object) -> HalfYear:
    """A half-year as written for councils ("2. HJ 2026", "H2/2026", "2026-H2"), or the
    half-year of a date, quarter or month."""
    if is_blank(value):
        raise _empty(_("a half-year"))
    if isinstance(value, HalfYear):
        return value
    bounds: tuple[date, date] | None = None
    if isinstance(value, str):
        bounds = _period(value) or _day_as_period(value)
    elif _year_of(value) is None:  # a year is two half-years
        try:
            day = parse_date(value)
        except ValueProblem:
            bounds = None
        else:
            bounds = day, day
    if bounds and 1900 <= bounds[0].year <= 2999:
        first, last = HalfYear.containing(bounds[0]), HalfYear.containing(bounds[1])
        if first == last:
            return first
    raise ValueProblem(
        _("“%(value)s” is not a half-year (expected e.g. 2. HJ 2026 or 2026-H2).")
        % {"value": _shown(value)},
        value=value,
    )


# --- choices and yes/no ----------------------------------------------------------------------


def parse_choice(value: object, choices: Mapping[str, Sequence[str]], *, what: str) -> str:
    """The stored value whose spelling matches the cell, ignoring case, umlaut spelling, spaces
    and punctuation; ``choices`` maps each stored value to its accepted spellings, the first of
    which is the label shown in messages."""
    spellings = {
        stored: (accepted,) if isinstance(accepted, str) else tuple(accepted)
        for stored, accepted in choices.items()
    }
    allowed = ", ".join(
        accepted[0] if accepted else stored for stored, accepted in spellings.items()
    )
    if is_blank(value):
        raise ValueProblem(
            _("No value for %(what)s (allowed: %(allowed)s).") % {"what": what, "allowed": allowed}
        )
    try:
        key = header_key(value)
    except ValueProblem:
        key = ""
    for stored, accepted in spellings.items():
        if key and key in {_fold(s) for s in (stored, *accepted)}:
            return stored
    raise ValueProblem(
        _("“%(value)s” is not a valid value for %(what)s (allowed: %(allowed)s).")
        % {"value": _shown(value), "what": what, "allowed": allowed},
        value=value,
    )


_YES = frozenset({"ja", "j", "yes", "y", "true", "wahr", "x", "1", "✓", "✔", "☑"})
_NO = frozenset({"nein", "n", "no", "false", "falsch", "0", "-", "–", "—"})


def parse_bool(value: object) -> bool:
    """ja/nein, j/n, yes/no, true/false, wahr/falsch, 1/0, and "x" or empty as in a checkbox
    column; blank cells are False."""
    if isinstance(value, bool):
        return value
    if is_blank(value):
        return False
    if isinstance(value, str):
        text = _clean(value)
        word = text if len(text) == 1 and not text.isalnum() else _fold(text)
        if word in _YES or word in _NO:
            return word in _YES
    elif (number := _number_of(value)) is not None and number in (0, 1):
        return number == 1
    raise ValueProblem(
        _("“%(value)s” is not a yes/no value (expected ja or nein, x or empty).")
        % {"value": _shown(value)},
        value=value,
    )


# Every message above with its German translation, for the catalogue (locale/de/django.po).
GERMAN = {
    "TRUE": "WAHR",
    "FALSE": "FALSCH",
    "“%(value)s” cannot be read as a cell value.": (
        "„%(value)s“ kann nicht als Zellwert gelesen werden."
    ),
    "The cell is empty (expected: %(expected)s).": "Die Zelle ist leer (erwartet: %(expected)s).",
    "a number": "eine Zahl",
    "an amount in euros": "ein Betrag in Euro",
    "a whole number": "eine ganze Zahl",
    "a percentage": "ein Prozentwert",
    "a date": "ein Datum",
    "a date or a period": "ein Datum oder ein Zeitraum",
    "a half-year": "ein Halbjahr",
    "“%(value)s” is a date, not a number; please check the format of the cell.": (
        "„%(value)s“ ist ein Datum, keine Zahl; bitte das Zellformat prüfen."
    ),
    "“%(value)s” is too large (at most %(digits)d digits before the decimal separator).": (
        "„%(value)s“ ist zu groß (höchstens %(digits)d Stellen vor dem Komma)."
    ),
    "“%(value)s” is not a number (expected e.g. 1.234,56).": (
        "„%(value)s“ ist keine Zahl (erwartet z. B. 1.234,56)."
    ),
    "“%(value)s” is ambiguous: please write thousands with a dot (1.234 €) "
    "and cents with two digits (1,23 €).": (
        "„%(value)s“ ist nicht eindeutig: Tausender bitte mit Punkt (1.234 €), "
        "Cent mit zwei Stellen (1,23 €) schreiben."
    ),
    "“%(value)s” is not a whole number.": "„%(value)s“ ist keine ganze Zahl.",
    "“%(value)s” is not between 0 and 100 %%.": "„%(value)s“ liegt nicht zwischen 0 und 100 %%.",
    "“%(value)s” is not a percentage (expected e.g. 80 %%).": (
        "„%(value)s“ ist kein Prozentwert (erwartet z. B. 80 %%)."
    ),
    "“%(value)s” is not a valid date (expected e.g. 31.12.2026).": (
        "„%(value)s“ ist kein gültiges Datum (erwartet z. B. 31.12.2026)."
    ),
    "“%(value)s” is Excel's day 29.02.1900, which never existed.": (
        "„%(value)s“ ist in Excel der 29.02.1900, den es nie gab."
    ),
    "“%(value)s” is not a date (expected e.g. 31.12.2026).": (
        "„%(value)s“ ist kein Datum (erwartet z. B. 31.12.2026)."
    ),
    "“%(value)s” lies outside the years 1900 to 2999.": (
        "„%(value)s“ liegt außerhalb der Jahre 1900 bis 2999."
    ),
    "“%(value)s” is neither a date nor a period "
    "(expected e.g. 31.12.2026, 2. HJ 2026, Q3/2026, 12/2026 or 2026).": (
        "„%(value)s“ ist weder ein Datum noch ein Zeitraum "
        "(erwartet z. B. 31.12.2026, 2. HJ 2026, Q3/2026, 12/2026 oder 2026)."
    ),
    "“%(value)s” is not a half-year (expected e.g. 2. HJ 2026 or 2026-H2).": (
        "„%(value)s“ ist kein Halbjahr (erwartet z. B. 2. HJ 2026 oder 2026-H2)."
    ),
    "No value for %(what)s (allowed: %(allowed)s).": (
        "Kein Wert für %(what)s (erlaubt: %(allowed)s)."
    ),
    "“%(value)s” is not a valid value for %(what)s (allowed: %(allowed)s).": (
        "„%(value)s“ ist kein gültiger Wert für %(what)s (erlaubt: %(allowed)s)."
    ),
    "“%(value)s” is not a yes/no value (expected ja or nein, x or empty).": (
        "„%(value)s“ ist kein Ja/Nein-Wert (erwartet: ja oder nein, x oder leer)."
    ),
}
