from argparse import ArgumentParser
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand, parse_date
from sachstand.core.halfyear import HalfYear
from sachstand.reporting.models import ReportingPeriod
from sachstand.reporting.services.periods import period_open
from sachstand.reporting.services.rounds import round_open


class Command(SachstandCommand):
    help = gettext_lazy("Opens a reporting period (half-year) or changes its deadline.")
    writes = True
    model = ReportingPeriod

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        self.add_municipality_argument(parser)
        parser.add_argument("--period", required=True, help=gettext_lazy("half-year, e.g. 2026-H2"))
        parser.add_argument(
            "--deadline", help=gettext_lazy("deadline for status updates, e.g. 2027-01-15")
        )

    def run(self, **options: Any) -> None:
        municipality = self.municipality(options["municipality"])
        half_year = HalfYear.parse(options["period"])
        deadline = parse_date(options["deadline"], "deadline") if options["deadline"] else None
        user = self.acting_user(options)
        if deadline is None:
            period = period_open(
                municipality=municipality, half_year=half_year, deadline=None, user=user
            )
        else:
            period = round_open(
                municipality=municipality, half_year=half_year, deadline=deadline, user=user
            )
        self.stdout.write(
            _("Reporting period %(period)s of %(municipality)s is open.")
            % {"period": period.half_year, "municipality": municipality.name}
        )
