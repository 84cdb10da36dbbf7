from argparse import ArgumentParser
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sachstand.core.commands import SachstandCommand
from sachstand.core.formatting import format_date, format_money, format_number
from sachstand.reporting.selectors.rollups import period_rollup
from sachstand.reporting.services.periods import period_get
from sachstand.strategy.models import MeasureStatus, TrafficLight


class Command(SachstandCommand):
    help = gettext_lazy(
        "Shows the state of the action plan for a reporting period: measures by status and "
        "traffic light, costs and staff."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        self.add_municipality_argument(parser)
        parser.add_argument("--period", required=True, help=gettext_lazy("half-year, e.g. 2026-H1"))

    def run(self, **options: Any) -> None:
        municipality = self.municipality(options["municipality"])
        period = period_get(municipality=municipality, half_year=options["period"])
        rollup = period_rollup(period=period, today=timezone.localdate())
        total = rollup.plan.total
        self.stdout.write(
            ngettext(
                "%(municipality)s, %(period)s (as of %(date)s): %(count)d measure",
                "%(municipality)s, %(period)s (as of %(date)s): %(count)d measures",
                total.measures,
            )
            % {
                "municipality": municipality.name,
                "period": period.half_year.label,
                "date": format_date(rollup.plan.on),
                "count": total.measures,
            }
        )
        for status in MeasureStatus:
            self.stdout.write(f"  {status.label}: {total.by_status.get(status.value, 0)}")
        self.stdout.write(_("Traffic light (reported, else derived):"))
        for light in TrafficLight:
            self.stdout.write(f"  {light.label}: {rollup.by_light.get(light.value, 0)}")
        self.stdout.write(_("Costs per year (estimated / actual / funded):"))
        for year, sums in total.costs_per_year().items():
            self.stdout.write(
                f"  {year}: {format_money(sums.estimated)} / {format_money(sums.actual)}"
                f" / {format_money(sums.funded)}"
            )
        self.stdout.write(_("Staff per year (full-time equivalents):"))
        for year, fte in sorted(total.staff.items()):
            self.stdout.write(f"  {year}: {format_number(fte, 2)}")
