from argparse import ArgumentParser
from typing import Any

from django.utils.translation import gettext_lazy, ngettext

from sachstand.core.commands import SachstandCommand
from sachstand.indicators.services import library_load


class Command(SachstandCommand):
    help = gettext_lazy(
        "Loads the ready-made indicator library into a municipality (indicators it already has "
        "stay as they were adapted)."
    )
    writes = True

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        self.add_municipality_argument(parser)

    def run(self, **options: Any) -> None:
        municipality = self.municipality(options["municipality"])
        added = library_load(municipality=municipality, user=self.acting_user(options))
        self.stdout.write(
            ngettext(
                "%(count)d indicator added to %(municipality)s.",
                "%(count)d indicators added to %(municipality)s.",
                added,
            )
            % {"count": added, "municipality": municipality.name}
        )
