import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand
from sachstand.imports.services import ImportResult, counts_line, plan_import


class Command(SachstandCommand):
    help = gettext_lazy(
        "Imports an action plan from .xlsx, .ods or .csv. Without --apply it only shows what "
        "would happen. Exit code 0: clean, 1: problems, 2: usage error."
    )
    writes = True

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("file", help=gettext_lazy("the spreadsheet (.xlsx, .ods, .csv, .zip)"))
        parser.add_argument(
            "--municipality",
            required=True,
            help=gettext_lazy("short name of the municipality, e.g. musterstadt"),
        )
        parser.add_argument(
            "--apply", action="store_true", help=gettext_lazy("write (all or nothing)")
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help=gettext_lazy("with --apply: write the valid rows, skip the invalid ones"),
        )
        parser.add_argument(
            "--create-missing",
            action="store_true",
            help=gettext_lazy("create organisational units the file names but the plan lacks"),
        )

    def run(self, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(_("There is no file %(path)s.") % {"path": path}, returncode=2)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(
                _("The file %(path)s cannot be read: %(reason)s")
                % {"path": path, "reason": error.strerror or error},
                returncode=2,
            ) from None
        municipality = self.municipality(options["municipality"])
        result = plan_import(
            municipality=municipality,
            data=data,
            filename=path.name,
            user=self.acting_user(options),
            apply=options["apply"],
            skip_invalid=options["skip_invalid"],
            create_missing=options["create_missing"],
        )
        self._report(result, options["apply"])
        if result.exit_code:
            sys.exit(result.exit_code)

    def _report(self, result: ImportResult, apply: bool) -> None:
        if apply and result.applied:
            self.stdout.write(_("Applied:"))
        elif apply:
            self.stdout.write(_("Nothing was written, because the file has problems."))
        else:
            self.stdout.write(_("Preview (nothing was written):"))
        for line in counts_line(result.counts):
            self.stdout.write(f"  {line}")
        for note in result.notes:
            self.stdout.write(_("Note: %(note)s") % {"note": note})
        if result.problems:
            self.stderr.write(_("%(count)d problems:") % {"count": len(result.problems)})
            for problem in result.problems:
                self.stderr.write(f"  {problem}")
