from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand, write_output
from sachstand.municipalities.models import Committee
from sachstand.reporting.renderers import FORMATS
from sachstand.reporting.report_model.builder import report_build
from sachstand.reporting.services.periods import period_get


class Command(SachstandCommand):
    help = gettext_lazy(
        "Writes the status report of a municipality for a half-year as PDF, Word or HTML."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        self.add_municipality_argument(parser)
        parser.add_argument("--period", required=True, help=gettext_lazy("half-year, e.g. 2026-H1"))
        parser.add_argument(
            "--format", choices=sorted(FORMATS), default="pdf", help=gettext_lazy("default: pdf")
        )
        parser.add_argument(
            "--out",
            help=gettext_lazy(
                "file to write (default: sachstandsbericht-SLUG-PERIOD.EXT in the current folder)"
            ),
        )
        parser.add_argument(
            "--committee",
            help=gettext_lazy("short name of a committee: only its fields of action"),
        )

    def run(self, **options: Any) -> None:
        municipality = self.municipality(options["municipality"])
        period = period_get(municipality=municipality, half_year=options["period"])
        committee = self._committee(municipality, options["committee"])
        fmt = FORMATS[options["format"]]
        suffix = f"-{committee.slug}" if committee else ""
        name = f"sachstandsbericht-{municipality.slug}-{period.half_year}{suffix}.{fmt.extension}"
        out = Path(options["out"] or name)
        report = report_build(municipality=municipality, period=period, committee=committee)
        data = fmt.render(report)
        write_output(out, data)
        self.stdout.write(
            _("Status report %(period)s written to %(path)s (%(size)d KB).")
            % {"period": period.half_year, "path": out, "size": max(1, len(data) // 1024)}
        )

    @staticmethod
    def _committee(municipality, slug: str | None) -> Committee | None:
        if not slug:
            return None
        committee = Committee.objects.filter(municipality=municipality, slug=slug).first()
        if committee is None:
            known = ", ".join(
                Committee.objects.filter(municipality=municipality).values_list("slug", flat=True)
            )
            raise CommandError(
                _("%(municipality)s has no committee “%(slug)s”. Known: %(known)s.")
                % {"municipality": municipality.name, "slug": slug, "known": known or "–"}
            )
        return committee
