"""German formatting of dates, numbers and money, independent of the active locale's settings."""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal


def format_date(value: date | None) -> str:
    """31.12.2026, as German documents write dates."""
    return "" if value is None else value.strftime("%d.%m.%Y")


def format_number(value: Decimal | int | float, places: int = 0) -> str:
    """1.234,5 with a dot for thousands and a comma for decimals."""
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def format_money(value: Decimal | int | None) -> str:
    """1.234,56 € — money is Decimal, never float."""
    if value is None:
        return ""
    return f"{format_number(Decimal(value), 2)}\u00a0€"


def format_percent(value: Decimal | int | float) -> str:
    return f"{format_number(value)}\u00a0%"
