"""Half-years as a value type: HalfYear("2026-H1") is 1 January to 30 June 2026."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

_PATTERN = re.compile(r"^(?P<year>\d{4})-H(?P<half>[12])$")


@dataclass(frozen=True, order=True, slots=True)
class HalfYear:
    year: int
    half: int

    @classmethod
    def parse(cls, text: str) -> HalfYear:
        match = _PATTERN.match(str(text).strip())
        if not match:
            raise ValidationError(
                _("“%(value)s” is not a half-year. Expected for example 2026-H1 or 2026-H2."),
                code="invalid_half_year",
                params={"value": text},
            )
        return cls(int(match["year"]), int(match["half"]))

    @classmethod
    def containing(cls, day: date) -> HalfYear:
        return cls(day.year, 1 if day.month <= 6 else 2)

    def __post_init__(self) -> None:
        if self.half not in (1, 2) or not 1900 <= self.year <= 2999:
            raise ValueError(f"invalid half-year {self.year}-H{self.half}")

    def __str__(self) -> str:
        return f"{self.year}-H{self.half}"

    @property
    def start(self) -> date:
        return date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> date:
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    @property
    def label(self) -> str:
        """Label as used in council documents, in German "1. Halbjahr 2026"."""
        return _("half-year %(half)s %(year)s") % {"half": self.half, "year": self.year}

    def next(self) -> HalfYear:
        return HalfYear(self.year, 2) if self.half == 1 else HalfYear(self.year + 1, 1)

    def previous(self) -> HalfYear:
        return HalfYear(self.year, 1) if self.half == 2 else HalfYear(self.year - 1, 2)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end
