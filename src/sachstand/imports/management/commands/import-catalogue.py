import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand
from sachstand.imports.catalogue import catalogue_import

LABELS = {
    "ozg_rows": gettext_lazy("OZG rows read"),
    "ozg_written": gettext_lazy("OZG services new or changed"),
    "ozg_unchanged": gettext_lazy("OZG services unchanged"),
    "leika_rows": gettext_lazy("LeiKa rows read"),
    "leika_without_key": gettext_lazy("of them without LeiKa key (“nicht im LeiKa”)"),
    "leika_without_ozg": gettext_lazy("of them without OZG id"),
    "leika_duplicate_names": gettext_lazy("of them with a name that occurs more than once"),
    "leika_written": gettext_lazy("LeiKa services new or changed"),
    "leika_unchanged": gettext_lazy("LeiKa services unchanged"),
}


class Command(SachstandCommand):
    help = gettext_lazy(
        "Loads the OZG and LeiKa catalogues (CSV) for the whole installation. Without --apply "
        "it only reports what it found."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("files", nargs="+", help=gettext_lazy("catalogue files (.csv, .xlsx)"))
        parser.add_argument("--apply", action="store_true", help=gettext_lazy("write"))
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help=gettext_lazy("with --apply: leave out the rows with problems, write the rest"),
        )

    def run(self, **options: Any) -> None:
        files = []
        for name in options["files"]:
            path = Path(name)
            if not path.is_file():
                raise CommandError(_("There is no file %(path)s.") % {"path": path}, returncode=2)
            files.append((path.name, path.read_bytes()))
        report = catalogue_import(
            files=files, apply=options["apply"], skip_invalid=options["skip_invalid"]
        )
        self.stdout.write(_("Applied:") if report.applied else _("Preview (nothing was written):"))
        for key, label in LABELS.items():
            if report.counts.get(key):
                self.stdout.write(f"  {label}: {report.counts[key]}")
        for problem in report.problems:
            self.stderr.write(f"  {problem}")
        if report.problems:
            sys.exit(1)
