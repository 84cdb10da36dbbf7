"""Cell values from messy spreadsheets: what real files contain is read, everything else is
refused with a message that names the value and says what is expected."""

import ast
import inspect
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import partial

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from sachstand.core.formatting import format_date, format_money, format_number
from sachstand.core.halfyear import HalfYear
from sachstand.imports import values as v
from sachstand.imports.values import ValueProblem
from sachstand.strategy.models import CostKind, MeasureStatus, TrafficLight


@pytest.fixture(autouse=True, scope="module")
def english():
    """The messages are asserted by their English msgids, whatever the catalogue holds."""
    with translation.override("en"):
        yield


def refused(parse, value) -> str:
    with pytest.raises(ValueProblem) as problem:
        parse(value)
    assert str(problem.value) == problem.value.message
    return problem.value.message


# --- blank and text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [None, "", "   ", "\u00a0", "\u202f\t\n ", "\ufeff", float("nan"), Decimal("NaN")],
)
def test_blank_cells(value):
    assert v.is_blank(value)


@pytest.mark.parametrize("value", [0, 0.0, "0", "-", False, date(2026, 1, 1), "x", b""])
def test_cells_that_are_not_blank(value):
    assert not v.is_blank(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        ("  \u00a0 ", ""),
        ("  Terminvergabe\u00a0 online  ", "Terminvergabe online"),
        ("Zeile 1\n\n  Zeile 2\tEnde", "Zeile 1 Zeile 2 Ende"),
        ("M\u200b 1.1\ufeff", "M 1.1"),
        ("Null\x00byte", "Nullbyte"),
        ("A\u0308mter", "Ämter"),  # decomposed umlaut, as macOS writes it
        (12, "12"),
        (12.0, "12"),
        (1.5, "1.5"),
        (0.1 + 0.2, "0.3"),
        (1e20, "100000000000000000000"),
        (Decimal("12.50"), "12.50"),
        (float("nan"), ""),
        (date(2026, 12, 31), "31.12.2026"),
        (datetime(2026, 12, 31), "31.12.2026"),
        (datetime(2026, 12, 31, 14, 30), "31.12.2026 14:30"),
        (time(14, 30, 15), "14:30:15"),
        (True, "TRUE"),
    ],
)
def test_text(value, expected):
    assert v.parse_text(value) == expected


def test_multiline_text_keeps_its_lines():
    text = "  Zeile 1  \r\n\r\n\r\n  Zeile\u00a0 2\n- Punkt\n\n"
    assert v.parse_text(text, multiline=True) == "Zeile 1\n\nZeile 2\n- Punkt"


@pytest.mark.parametrize(
    ("value", "shown"), [(b"Titel", "b'Titel'"), (["a"], "['a']"), (float("inf"), "∞")]
)
def test_text_refuses_what_is_no_cell_value(value, shown):
    assert f"“{shown}” cannot be read" in refused(v.parse_text, value)


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Geplantes Ende (Datum)*", "geplantesendedatum"),
        ("Maßnahme", "massnahme"),
        ("MASSNAHME", "massnahme"),
        ("Maßnahmen-Nr.", "massnahmennr"),
        ("Fertigstellungsgrad (%)", "fertigstellungsgrad"),
        ("VZÄ", "vzae"),
        ("  Öffentlich\u00a0", "oeffentlich"),
        ("Ku\u0308rzel", "kuerzel"),
        ("Café", "cafe"),
        (2026, "2026"),
        (None, ""),
    ],
)
def test_header_key(header, key):
    assert v.header_key(header) == key


# --- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1.234,56", "1234.56"),
        ("1234,5", "1234.5"),
        ("1 234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1\u202f234,56", "1234.56"),
        ("1.234", "1234"),  # a dot before exactly three digits groups thousands ...
        ("100.000", "100000"),
        ("1.5", "1.5"),  # ... any other lone dot is decimal
        ("1.23", "1.23"),
        ("1.2345", "1.2345"),
        ("0.125", "0.125"),  # no thousands group starts with 0
        ("1 234.567", "1234.567"),  # spaces already group the thousands
        ("1,234", "1.234"),  # a lone comma is decimal
        ("1,234.56", "1234.56"),  # the last separator is decimal
        ("1,234,567", "1234567"),
        ("1.234.567,89", "1234567.89"),
        ("1'234.50", "1234.50"),
        (",5", "0.5"),
        ("007", "7"),
        ("  42  ", "42"),
        ("1.234,56 €", "1234.56"),
        ("1.234,56€", "1234.56"),
        ("€ 1.234,56", "1234.56"),
        ("EUR 1.234,56", "1234.56"),
        ("1.234,56 eur", "1234.56"),
        ("1.234,56 Euro", "1234.56"),
        ("12,-", "12"),
        ("1.200,– €", "1200"),
        ("-1.234,56", "-1234.56"),
        ("−1.234,56", "-1234.56"),
        ("- 5", "-5"),
        ("-5 €", "-5"),
        ("€ -5", "-5"),
        ("+5", "5"),
        ("1.234,56-", "-1234.56"),  # as finance software exports debits
        ("-0", "0"),
        (3, "3"),
        (1.1, "1.1"),
        (0.1 + 0.2, "0.3"),
        (1234.5600000000002, "1234.56"),
        (Decimal("7.25"), "7.25"),
    ],
)
def test_decimal(value, expected):
    result = v.parse_decimal(value)
    assert result == Decimal(expected) and str(result) == expected


@pytest.mark.parametrize(
    "value",
    [
        "abc",
        "1.2.3",
        "1,2,3",
        "12 34",
        "1.234,567.89",
        "1.234 567",
        "0.123.456",
        "ca. 5.000 €",
        "5 T€",
        "€ 5 €",
        "--5",
        "-5-",
        "5-5",
        "1e5",
        "2²",
        "80 %",
        b"12",
        [1],
        float("inf"),
        Decimal("-Infinity"),
    ],
)
def test_decimal_refuses_what_is_no_number(value):
    message = refused(v.parse_decimal, value)
    assert message.startswith(f"“{v._shown(value)}” is not a number (expected e.g. 1.234,56)")


@pytest.mark.parametrize(("value", "shown"), [(True, "TRUE"), (1.5, "1,5"), ("5,5", "5,5")])
def test_values_are_named_as_the_spreadsheet_shows_them(value, shown):
    assert f"“{shown}”" in refused(v.parse_int, value)


def test_a_date_in_a_number_column_is_explained():
    message = refused(v.parse_decimal, date(2026, 5, 1))
    assert message == "“01.05.2026” is a date, not a number; please check the format of the cell."


@pytest.mark.parametrize(
    "value",
    ["1" * 16, "1.000.000.000.000.000", 10**15, 1e300, 10**5000],
    ids=["16 digits", "grouped", "int", "float", "huge int"],
)
def test_numbers_beyond_fifteen_digits_are_refused(value):
    assert "is too large (at most 15 digits" in refused(v.parse_decimal, value)


def test_blank_is_refused_with_what_was_expected():
    assert refused(v.parse_decimal, " ") == "The cell is empty (expected: a number)."
    assert refused(v.parse_date, None) == "The cell is empty (expected: a date)."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1.234,56 €", "1234.56"),
        ("1.234,5", "1234.50"),
        ("1.234 €", "1234.00"),
        ("1,234.56 €", "1234.56"),
        ("12,- €", "12.00"),
        ("0,125 €", "0.13"),  # more than cents: rounded half up
        ("1,0050", "1.01"),
        ("1.234,565", "1234.57"),
        (2.675, "2.68"),  # the float is 2.67499999..., the cell shows 2,675
        (Decimal("2.665"), "2.67"),
        (1000 / 3, "333.33"),
        (-0.001, "0.00"),
        (100, "100.00"),
    ],
)
def test_money(value, expected):
    assert str(v.parse_money(value)) == expected


@pytest.mark.parametrize("value", ["1,234 €", "12,500", "-1,005 EUR"])
def test_money_refuses_a_comma_before_three_digits(value):
    """Tenths of a cent do not occur in a plan: that comma most likely groups thousands."""
    message = refused(v.parse_money, value)
    assert message.startswith(f"“{value}” is ambiguous: please write thousands with a dot")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3),
        (3, 3),
        (3.0, 3),
        ("3,0", 3),
        ("1.000", 1000),
        (Decimal("4"), 4),
        ("-2", -2),
        ("2026", 2026),
        (2.9999999999999996, 3),
    ],
)
def test_int(value, expected):
    result = v.parse_int(value)
    assert result == expected and type(result) is int


@pytest.mark.parametrize(("value", "shown"), [(3.5, "3,5"), ("3,5", "3,5"), ("1.5", "1.5")])
def test_int_refuses_fractions(value, shown):
    assert refused(v.parse_int, value) == f"“{shown}” is not a whole number."


# --- percentages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("80 %", 80),
        ("80%", 80),
        (" 40 % ", 40),
        ("80", 80),
        ("100 Prozent", 100),
        ("80,5 %", 81),  # rounded half up to a whole percent
        ("80,4 %", 80),
        ("0,8", 1),  # text is always a percent number
        (80, 80),
        (80.0, 80),
        (0, 0),
        (0.0, 0),
        (1, 1),  # an int is always a percent number ...
        (0.8, 80),  # ... a float or Decimal 0 < x <= 1 comes from an Excel percent cell
        (0.25, 25),
        (Decimal("0.8"), 80),
        (1.0, 100),
        (0.285, 29),
        (0.005, 1),
        (100.4, 100),
    ],
)
def test_percent(value, expected):
    assert v.parse_percent(value) == expected


@pytest.mark.parametrize(
    ("value", "shown"),
    [("120 %", "120 %"), ("120", "120"), (120, "120 %"), ("-5 %", "-5 %"), (100.5, "100,5 %")],
)
def test_percent_out_of_range(value, shown):
    assert refused(v.parse_percent, value) == f"“{shown}” is not between 0 and 100 %."


@pytest.mark.parametrize(
    ("value", "shown"), [("viel", "viel"), ("80 €", "80 €"), ("%", "%"), (True, "TRUE")]
)
def test_percent_refuses_what_is_no_percentage(value, shown):
    assert refused(v.parse_percent, value) == (
        f"“{shown}” is not a percentage (expected e.g. 80 %)."
    )


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2026, 12, 31), date(2026, 12, 31)),
        (datetime(2026, 12, 31, 14, 30), date(2026, 12, 31)),
        ("31.12.2026", date(2026, 12, 31)),
        (" 31. 12. 2026 ", date(2026, 12, 31)),
        ("31.12.26", date(2026, 12, 31)),
        ("1.2.2026", date(2026, 2, 1)),
        ("01.02.69", date(2069, 2, 1)),  # two-digit years 00–69 are 2000–2069 ...
        ("01.02.70", date(1970, 2, 1)),  # ... 70–99 are 1970–1999
        ("29.02.2028", date(2028, 2, 29)),
        ("2026-12-31", date(2026, 12, 31)),
        ("31/12/2026", date(2026, 12, 31)),  # day first, as in Europe
        ("31-12-2026", date(2026, 12, 31)),
        ("31.12.2026 00:00", date(2026, 12, 31)),
        ("31.12.2026 14:30:00", date(2026, 12, 31)),
        ("2026-12-31 00:00:00", date(2026, 12, 31)),
        ("2026-12-31T14:30:00+01:00", date(2026, 12, 31)),
        ("31. Dezember 2026", date(2026, 12, 31)),
        ("1. März 2026", date(2026, 3, 1)),
        ("1. Maerz 2026", date(2026, 3, 1)),
        # Excel serial numbers, with Excel's leap day 29.02.1900 (serial 60)
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (45658, date(2025, 1, 1)),
        (45658.75, date(2025, 1, 1)),
        (Decimal("46022"), date(2025, 12, 31)),
        (2958465, date(9999, 12, 31)),
    ],
)
def test_date(value, expected):
    assert v.parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    ["31.02.2026", "29.02.2027", "32.01.2026", "00.01.2026", "31.12.2026 25:00", "12/31/2026"],
)
def test_impossible_dates_are_named(value):
    assert refused(v.parse_date, value) == (
        f"“{value}” is not a valid date (expected e.g. 31.12.2026)."
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("morgen", "morgen"),
        ("2026", "2026"),
        ("46022", "46022"),
        ("31.12.", "31.12."),
        (0, "0"),
        (-1, "-1"),
        (2958466, "2958466"),
        (True, "TRUE"),
        (float("inf"), "∞"),
    ],
)
def test_what_is_no_date_is_named(value, shown):
    assert refused(v.parse_date, value) == f"“{shown}” is not a date (expected e.g. 31.12.2026)."


def test_excels_fictitious_leap_day_is_refused():
    assert refused(v.parse_date, 60) == "“60” is Excel's day 29.02.1900, which never existed."


H2 = (date(2026, 7, 1), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2. HJ 2026", H2),
        ("2.HJ 2026", H2),
        ("2. Halbjahr 2026", H2),
        ("2. Hj. 26", H2),
        ("zweites Halbjahr 2026", H2),
        ("HJ2/2026", H2),
        ("H2/2026", H2),
        ("h2 2026", H2),
        ("2026-H2", H2),
        ("2026/H2", H2),
        ("1. HJ 2026", (date(2026, 1, 1), date(2026, 6, 30))),
        ("Q1/2026", (date(2026, 1, 1), date(2026, 3, 31))),
        ("Q2 2026", (date(2026, 4, 1), date(2026, 6, 30))),
        ("3. Quartal 2026", (date(2026, 7, 1), date(2026, 9, 30))),
        ("2026-Q3", (date(2026, 7, 1), date(2026, 9, 30))),
        ("Q4/2026", (date(2026, 10, 1), date(2026, 12, 31))),
        ("12/2026", (date(2026, 12, 1), date(2026, 12, 31))),
        ("2/2028", (date(2028, 2, 1), date(2028, 2, 29))),
        ("2026-12", (date(2026, 12, 1), date(2026, 12, 31))),
        ("Dezember 2026", (date(2026, 12, 1), date(2026, 12, 31))),
        ("Dez. 2026", (date(2026, 12, 1), date(2026, 12, 31))),
        ("2026", (date(2026, 1, 1), date(2026, 12, 31))),
        (2026, (date(2026, 1, 1), date(2026, 12, 31))),  # a year, not serial 2026 (1905)
        (2026.0, (date(2026, 1, 1), date(2026, 12, 31))),
        ("31.12.2026", (date(2026, 12, 31), date(2026, 12, 31))),
        (date(2026, 5, 4), (date(2026, 5, 4), date(2026, 5, 4))),
        (45658, (date(2025, 1, 1), date(2025, 1, 1))),
        (HalfYear(2026, 2), H2),
    ],
)
def test_date_or_period(value, bounds):
    assert v.parse_date_or_period(value, edge="start") == bounds[0]
    assert v.parse_date_or_period(value, edge="end") == bounds[1]


@pytest.mark.parametrize("value", ["3. HJ 2026", "Q5/2026", "13/2026", "Sommer 2026", "bald"])
def test_what_is_neither_date_nor_period_is_named(value):
    assert refused(partial(v.parse_date_or_period, edge="end"), value).startswith(
        f"“{value}” is neither a date nor a period (expected e.g. 31.12.2026, 2. HJ 2026"
    )


def test_periods_outside_the_plannable_years_are_refused():
    message = refused(partial(v.parse_date_or_period, edge="start"), "H2/1800")
    assert message == "“H2/1800” lies outside the years 1900 to 2999."


def test_an_impossible_date_stays_an_impossible_date_where_periods_are_allowed():
    message = refused(partial(v.parse_date_or_period, edge="start"), "31.02.2026")
    assert message.startswith("“31.02.2026” is not a valid date")


def test_edge_must_be_start_or_end():
    with pytest.raises(ValueError, match="edge"):
        v.parse_date_or_period("2026", edge="middle")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2. HJ 2026", HalfYear(2026, 2)),
        ("1. Halbjahr 2026", HalfYear(2026, 1)),
        ("H1/2026", HalfYear(2026, 1)),
        ("2026-H2", HalfYear(2026, 2)),
        ("Q3/2026", HalfYear(2026, 2)),  # a quarter or month lies in one half-year
        ("6/2026", HalfYear(2026, 1)),
        ("30.06.2026", HalfYear(2026, 1)),
        (date(2026, 7, 1), HalfYear(2026, 2)),
        (datetime(2026, 1, 1, 8), HalfYear(2026, 1)),
        (46022, HalfYear(2025, 2)),
        (HalfYear(2027, 1), HalfYear(2027, 1)),
    ],
)
def test_half_year(value, expected):
    assert v.parse_half_year(value) == expected


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2026", "2026"),
        (2026, "2026"),
        ("2026-H3", "2026-H3"),
        ("Q3", "Q3"),
        (True, "TRUE"),
        (date(1850, 1, 1), "01.01.1850"),
    ],
)
def test_what_is_no_half_year_is_named(value, shown):
    assert refused(v.parse_half_year, value) == (
        f"“{shown}” is not a half-year (expected e.g. 2. HJ 2026 or 2026-H2)."
    )


# --- choices and yes/no -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "choices", "expected"),
    [
        ("in Umsetzung", v.STATUS_CHOICES, "in_progress"),
        ("IN UMSETZUNG", v.STATUS_CHOICES, "in_progress"),
        (" in-Umsetzung ", v.STATUS_CHOICES, "in_progress"),
        ("In_Umsetzung", v.STATUS_CHOICES, "in_progress"),
        ("in_progress", v.STATUS_CHOICES, "in_progress"),  # the stored value itself
        ("Erledigt.", v.STATUS_CHOICES, "completed"),
        ("Done", v.STATUS_CHOICES, "completed"),
        ("zurückgestellt", v.STATUS_CHOICES, "deferred"),
        ("ZURUECKGESTELLT", v.STATUS_CHOICES, "deferred"),
        ("zuru\u0308ckgestellt", v.STATUS_CHOICES, "deferred"),
        ("verworfen", v.STATUS_CHOICES, "cancelled"),
        ("Grün", v.LIGHT_CHOICES, "green"),
        ("GRUEN", v.LIGHT_CHOICES, "green"),
        ("G", v.LIGHT_CHOICES, "green"),
        ("orange", v.LIGHT_CHOICES, "yellow"),
        ("Rot", v.LIGHT_CHOICES, "red"),
        ("Investition", v.KIND_CHOICES, "investiv"),
        ("I", v.KIND_CHOICES, "investiv"),
        ("k", v.KIND_CHOICES, "konsumtiv"),
        ("Sachkosten", v.KIND_CHOICES, "konsumtiv"),
    ],
)
def test_choice(value, choices, expected):
    assert v.parse_choice(value, choices, what="X") == expected


def test_a_wrong_choice_lists_the_allowed_labels():
    assert refused(partial(v.parse_choice, choices=v.LIGHT_CHOICES, what="Ampel"), "blau") == (
        "“blau” is not a valid value for Ampel (allowed: grün, gelb, rot)."
    )
    assert refused(partial(v.parse_choice, choices=v.STATUS_CHOICES, what="Status"), 5) == (
        "“5” is not a valid value for Status (allowed: geplant, in Umsetzung, abgeschlossen, "
        "zurückgestellt, abgebrochen)."
    )
    assert refused(partial(v.parse_choice, choices=v.KIND_CHOICES, what="Kostenart"), "") == (
        "No value for Kostenart (allowed: investiv, konsumtiv)."
    )


def test_a_single_spelling_may_be_given_as_a_string():
    assert v.parse_choice("Ja", {"yes": "ja"}, what="X") == "yes"


@pytest.mark.parametrize(
    ("choices", "stored"),
    [
        (v.STATUS_CHOICES, MeasureStatus),
        (v.LIGHT_CHOICES, TrafficLight),
        (v.KIND_CHOICES, CostKind),
    ],
)
def test_choices_match_the_models_and_no_spelling_is_ambiguous(choices, stored):
    assert set(choices) == set(stored.values)
    meanings: dict[str, set[str]] = {}
    for key, spellings in choices.items():
        for spelling in (key, *spellings):
            meanings.setdefault(v.header_key(spelling), set()).add(key)
    assert all(len(keys) == 1 for keys in meanings.values())


@pytest.mark.parametrize(
    "value",
    [
        True,
        "ja",
        "JA",
        "j",
        "yes",
        "Y",
        "true",
        "TRUE",
        "wahr",
        "WAHR",
        "x",
        "X",
        " x ",
        "1",
        1,
        1.0,
        Decimal(1),
        "✓",
    ],
)
def test_yes(value):
    assert v.parse_bool(value) is True


@pytest.mark.parametrize(
    "value",
    [False, "nein", "Nein", "n", "no", "false", "FALSCH", "0", 0, 0.0, "", "  ", None, "-"],
)
def test_no(value):
    assert v.parse_bool(value) is False


@pytest.mark.parametrize(
    ("value", "shown"), [("vielleicht", "vielleicht"), (2, "2"), (0.5, "0,5"), (b"ja", "b'ja'")]
)
def test_what_is_no_yes_or_no_is_named(value, shown):
    assert refused(v.parse_bool, value) == (
        f"“{shown}” is not a yes/no value (expected ja or nein, x or empty)."
    )


# --- the German messages ----------------------------------------------------------------------


def _msgids() -> set[str]:
    tree = ast.parse(inspect.getsource(v))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_message_has_its_german_translation():
    assert _msgids() == set(v.GERMAN)
    for msgid, german in v.GERMAN.items():
        placeholders = sorted(re.findall(r"%\(\w+\)[sd]|%%", msgid))
        assert sorted(re.findall(r"%\(\w+\)[sd]|%%", german)) == placeholders, msgid
        if "“%(value)s”" in msgid:
            assert "„%(value)s“" in german and "“" not in german.replace("„%(value)s“", "")


def test_german_messages_read_as_the_administration_writes(monkeypatch):
    monkeypatch.setattr(v, "_", lambda msgid: v.GERMAN.get(msgid, msgid))
    assert refused(v.parse_date, "31.02.2026") == (
        "„31.02.2026“ ist kein gültiges Datum (erwartet z. B. 31.12.2026)."
    )
    assert refused(v.parse_percent, "120 %") == "„120 %“ liegt nicht zwischen 0 und 100 %."
    assert refused(v.parse_money, "1,234 €") == (
        "„1,234 €“ ist nicht eindeutig: Tausender bitte mit Punkt (1.234 €), "
        "Cent mit zwei Stellen (1,23 €) schreiben."
    )
    assert refused(v.parse_decimal, "") == "Die Zelle ist leer (erwartet: eine Zahl)."
    assert v.parse_text(False) == "FALSCH"


# --- whatever comes in, a result or a ValueProblem comes out ------------------------------------


class BrokenRepr:
    def __repr__(self) -> str:
        raise RuntimeError("no")


PARSERS = {
    "text": (v.parse_text, str),
    "text lines": (partial(v.parse_text, multiline=True), str),
    "header key": (v.header_key, str),
    "blank": (v.is_blank, bool),
    "decimal": (v.parse_decimal, Decimal),
    "money": (v.parse_money, Decimal),
    "int": (v.parse_int, int),
    "percent": (v.parse_percent, int),
    "date": (v.parse_date, date),
    "period start": (partial(v.parse_date_or_period, edge="start"), date),
    "period end": (partial(v.parse_date_or_period, edge="end"), date),
    "half-year": (v.parse_half_year, HalfYear),
    "choice": (partial(v.parse_choice, choices=v.STATUS_CHOICES, what="Status"), str),
    "bool": (v.parse_bool, bool),
}

CELLS = st.one_of(
    st.text(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(),
    st.dates(),
    st.datetimes(),
    st.booleans(),
    st.none(),
    st.binary(),
    # text that looks like numbers, dates and periods finds the corners of the grammars
    st.text(alphabet="0123456789.,-−–+ \u00a0'€%/:HhJjQqTtEeUuRrOoZz", max_size=24),
)

ODD_CELLS = [
    10**5000,
    -(10**5000),
    Decimal("1E+999999"),
    Decimal("-1E-999999"),
    Decimal("sNaN"),
    Decimal("-Infinity"),
    float("-inf"),
    "9" * 5000,
    "\ud800",
    "\x00\x1f",
    bytearray(b"x"),
    complex(1, 2),
    Fraction(1, 3),
    timedelta(days=1),
    {"a": 1},
    object(),
    BrokenRepr(),
]


def _check(name, value):
    parse, kind = PARSERS[name]
    try:
        result = parse(value)
    except ValueProblem as problem:
        assert problem.message
        return
    assert isinstance(result, kind)
    if name == "percent":
        assert 0 <= result <= 100
    elif name == "money":
        assert result.as_tuple().exponent == -2
    elif name == "text":
        assert result == result.strip() and "  " not in result and "\n" not in result


@pytest.mark.parametrize("name", PARSERS)
@settings(max_examples=300, deadline=None)
@given(value=CELLS)
def test_any_cell_gives_a_result_or_a_value_problem(name, value):
    _check(name, value)


@pytest.mark.parametrize("name", PARSERS)
@pytest.mark.parametrize("value", ODD_CELLS, ids=lambda value: type(value).__name__)
def test_odd_cells_give_a_result_or_a_value_problem(name, value):
    _check(name, value)


# --- what the application writes, it reads back ------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2), st.integers(0, 4))
def test_formatted_numbers_and_money_read_back(amount, places):
    assert v.parse_money(format_money(amount)) == amount
    number = amount.quantize(Decimal(1).scaleb(-places))
    assert v.parse_decimal(format_number(number, places)) == number


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2999, 12, 31)))
def test_dates_read_back_also_as_excel_serial_numbers(day):
    assert v.parse_date(format_date(day)) == day
    assert v.parse_date(day.isoformat()) == day
    serial = (day - date(1899, 12, 30)).days
    assert v.parse_date(serial) == v.parse_date(serial + 0.75) == day
    assert v.parse_half_year(day) == HalfYear.containing(day)


@settings(max_examples=100, deadline=None)
@given(st.integers(1900, 2999), st.integers(1, 2))
def test_half_years_read_back_in_every_spelling(year, half):
    half_year = HalfYear(year, half)
    with translation.override("de"):
        label = half_year.label
    for text in (str(half_year), label, f"{half}. HJ {year}", f"H{half}/{year}"):
        assert v.parse_half_year(text) == half_year
        assert v.parse_date_or_period(text, edge="start") == half_year.start
        assert v.parse_date_or_period(text, edge="end") == half_year.end


def test_column_letters_are_openpyxl_s():
    """Messages name columns as the spreadsheet does, without importing openpyxl at start."""
    from openpyxl.utils import get_column_letter

    from sachstand.imports.reading import column_letter

    assert [column_letter(n) for n in (1, 26, 27, 52, 702, 703, 16384)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "ZZ",
        "AAA",
        "XFD",
    ]
    assert all(column_letter(n) == get_column_letter(n) for n in range(1, 18279))
