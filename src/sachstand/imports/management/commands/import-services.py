from typing import Any

from django.utils.translation import gettext_lazy

from sachstand.imports.commands import ImportCommand
from sachstand.imports.register import register_import


class Command(ImportCommand):
    help = gettext_lazy(
        "Imports a municipality's register of online services (sheets “Onlinedienste” and "
        "“Nutzung”) from .xlsx, .ods or .csv, matching the catalogue by LeiKa key or OZG id. "
        "Without --apply it only shows what would happen. Exit code 0: clean, 1: problems, "
        "2: usage error."
    )

    def run(self, **options: Any) -> None:
        filename, data = self.read_file(options)
        result = register_import(
            municipality=self.municipality(options["municipality"]),
            data=data,
            filename=filename,
            user=self.acting_user(options),
            apply=options["apply"],
        )
        self.finish(result, options["apply"])
