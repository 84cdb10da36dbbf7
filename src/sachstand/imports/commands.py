"""What the import commands share: a file, a municipality, preview or --apply, the report."""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand
from sachstand.imports.services import ImportResult, report_lines


class ImportCommand(SachstandCommand):
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

    def read_file(self, options: dict[str, Any]) -> tuple[str, bytes]:
        """The file's name and content; a missing or unreadable file is a usage error."""
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(_("There is no file %(path)s.") % {"path": path}, returncode=2)
        try:
            return path.name, path.read_bytes()
        except OSError as error:
            raise CommandError(
                _("The file %(path)s cannot be read: %(reason)s")
                % {"path": path, "reason": error.strerror or error},
                returncode=2,
            ) from None

    def finish(self, result: ImportResult, apply: bool) -> None:
        """Print what happened; exit 1 when the file has problems."""
        out, err = report_lines(result, apply)
        for line in out:
            self.stdout.write(line)
        for line in err:
            self.stderr.write(line)
        if result.exit_code:
            sys.exit(result.exit_code)
