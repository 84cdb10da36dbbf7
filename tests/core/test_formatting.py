from datetime import date
from decimal import Decimal

from sachstand.core.formatting import format_date, format_money, format_number, format_percent


def test_german_formats():
    assert format_date(date(2026, 12, 31)) == "31.12.2026"
    assert format_number(Decimal("1234567.891"), 2) == "1.234.567,89"
    assert format_number(Decimal("0.5"), 0) == "1"
    assert format_money(Decimal("1234.5")) == "1.234,50\u00a0€"
    assert format_money(Decimal("-12")) == "-12,00\u00a0€"
    assert format_percent(42) == "42\u00a0%"
    assert format_date(None) == "" and format_money(None) == ""
