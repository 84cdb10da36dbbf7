from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand, write_output
from sachstand.imports.export import plan_export
from sachstand.imports.formats import FORMATS


class Command(SachstandCommand):
    help = gettext_lazy(
        "Exports the whole action plan as .xlsx, .ods or .csv (a ZIP with one file per sheet)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        self.add_municipality_argument(parser)
        parser.add_argument("--format", choices=FORMATS, default="xlsx")
        parser.add_argument("--out", help=gettext_lazy("file (default: massnahmenplan-SLUG.EXT)"))

    def run(self, **options: Any) -> None:
        municipality = self.municipality(options["municipality"])
        fmt = options["format"]
        extension = "zip" if fmt == "csv" else fmt
        out = Path(options["out"] or f"massnahmenplan-{municipality.slug}.{extension}")
        write_output(out, plan_export(municipality=municipality, fmt=fmt))
        self.stdout.write(_("Plan written to %(path)s.") % {"path": out})
