from argparse import ArgumentParser
from typing import Any

from django.utils.translation import gettext_lazy

from sachstand.imports.commands import ImportCommand
from sachstand.imports.services import plan_import


class Command(ImportCommand):
    help = gettext_lazy(
        "Imports an action plan from .xlsx, .ods or .csv. Without --apply it only shows what "
        "would happen. Exit code 0: clean, 1: problems, 2: usage error."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
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
        filename, data = self.read_file(options)
        result = plan_import(
            municipality=self.municipality(options["municipality"]),
            data=data,
            filename=filename,
            user=self.acting_user(options),
            apply=options["apply"],
            skip_invalid=options["skip_invalid"],
            create_missing=options["create_missing"],
        )
        self.finish(result, options["apply"])
