from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand, write_output
from sachstand.imports.export import plan_template


class Command(SachstandCommand):
    help = gettext_lazy("Writes the spreadsheet template for importing an action plan (.xlsx).")

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--out", default="massnahmenplan-vorlage.xlsx", help=gettext_lazy("file")
        )
        parser.add_argument(
            "--municipality",
            help=gettext_lazy("short name: drop-down lists with its organisational units"),
        )

    def run(self, **options: Any) -> None:
        municipality = (
            self.municipality(options["municipality"]) if options["municipality"] else None
        )
        out = Path(options["out"])
        write_output(out, plan_template(municipality=municipality))
        self.stdout.write(_("Template written to %(path)s.") % {"path": out})
