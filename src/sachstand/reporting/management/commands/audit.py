from argparse import ArgumentParser
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.audit import audit_csv, audit_trail
from sachstand.core.commands import SachstandCommand, parse_date, write_output
from sachstand.core.halfyear import HalfYear

BERLIN = ZoneInfo("Europe/Berlin")


class Command(SachstandCommand):
    help = gettext_lazy(
        "Exports the audit trail of a municipality (every change: who, when, what) as CSV, "
        "for a half-year or a span of days."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        self.add_municipality_argument(parser)
        parser.add_argument("--period", help=gettext_lazy("half-year, e.g. 2026-H2"))
        parser.add_argument("--from", dest="start", help=gettext_lazy("first day, e.g. 2026-07-01"))
        parser.add_argument("--to", dest="end", help=gettext_lazy("last day, e.g. 2026-12-31"))
        parser.add_argument(
            "--output", help=gettext_lazy("file to write (default: print to the screen)")
        )

    def run(self, **options: Any) -> None:
        municipality = self.municipality(options["municipality"])
        if options["period"]:
            half_year = HalfYear.parse(options["period"])
            first, last = half_year.start, half_year.end
        elif options["start"] and options["end"]:
            first = parse_date(options["start"], "from")
            last = parse_date(options["end"], "to")
        else:
            raise ValidationError(
                _("Name the span: --period 2026-H2, or --from and --to (e.g. 2026-07-01).")
            )
        if last < first:
            raise ValidationError({"to": _("The last day lies before the first.")})
        start = datetime.combine(first, time.min, tzinfo=BERLIN)
        end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=BERLIN)
        data = audit_csv(audit_trail(municipality, start, end))
        if options["output"]:
            write_output(Path(options["output"]), data)
            self.stderr.write(_("Audit trail written to %(path)s.") % {"path": options["output"]})
        else:
            self.stdout.write(data.decode("utf-8-sig"), ending="")
