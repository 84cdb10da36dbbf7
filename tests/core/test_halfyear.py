from datetime import date

import pytest
from django.core.exceptions import ValidationError

from sachstand.core.halfyear import HalfYear


def test_parse_and_bounds():
    first = HalfYear.parse("2026-H1")
    assert (first.start, first.end) == (date(2026, 1, 1), date(2026, 6, 30))
    assert HalfYear.parse(" 2026-H2 ").end == date(2026, 12, 31)
    assert str(first) == "2026-H1"


@pytest.mark.parametrize("text", ["2026-H3", "2026H1", "26-H1", "2. HJ 2026", ""])
def test_invalid_half_years_are_named(text):
    with pytest.raises(ValidationError) as error:
        HalfYear.parse(text)
    assert f"„{text}“ ist kein Halbjahr" in error.value.messages[0]


def test_neighbours_order_and_containment():
    assert HalfYear(2026, 2).next() == HalfYear(2027, 1)
    assert HalfYear(2026, 1).previous() == HalfYear(2025, 2)
    assert HalfYear(2025, 2) < HalfYear(2026, 1)
    assert HalfYear.containing(date(2026, 7, 1)) == HalfYear(2026, 2)
    assert HalfYear(2026, 1).contains(date(2026, 6, 30))
    assert not HalfYear(2026, 1).contains(date(2026, 7, 1))


def test_german_label():
    assert HalfYear(2026, 1).label == "1. Halbjahr 2026"
