from argparse import ArgumentParser
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand
from sachstand.core.halfyear import HalfYear
from sachstand.reporting.models import ReportingPeriod
from sachstand.reporting.services.periods import period_open


class Command(SachstandCommand):
    help = gettext_lazy("Opens a reporting period (half-year) or changes its deadline.")
    writes = True
    model = ReportingPeriod

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--municipality",
            required=True,
            help=gettext_lazy("short name of the municipality, e.g. musterstadt"),
        )
        parser.add_argument("--period", required=True, help=gettext_lazy("half-year, e.g. 2026-H2"))
        parser.add_argument(
            "--deadline", help=gettext_lazy("deadline for status updates, e.g. 2027-01-15")
        )

    def run(self, **options: Any) -> None:
        municipality = self.municipality(options["municipality"])
        half_year = HalfYear.parse(options["period"])
        deadline = _parse_date(options["deadline"], "deadline") if options["deadline"] else None
        period = period_open(
            municipality=municipality,
            half_year=half_year,
            deadline=deadline,
            user=self.acting_user(options),
        )
        self.stdout.write(
            _("Reporting period %(period)s of %(municipality)s is open.")
            % {"period": period.half_year, "municipality": municipality.name}
        )


def _parse_date(text: str, field: str) -> date:
    for parse in (date.fromisoformat, _german_date):
        try:
            return parse(text)
        except ValueError:
            continue
    raise ValidationError(
        {
            field: _("“%(value)s” is not a date (expected 2027-01-15 or 15.01.2027).")
            % {"value": text}
        }
    )


def _german_date(text: str) -> date:
    day, month, year = (int(part) for part in text.split("."))
    return date(year, month, day)
