"""The base of sachstand's management commands: German errors, a recorded user, exit codes."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.services import describe_validation_error, user_by_username
from sachstand.municipalities.models import Municipality


class SachstandCommand(BaseCommand):
    """Subclasses implement ``run``; a ValidationError becomes a German message and exit code 1."""

    writes = False  # commands that write take --user, recorded in the history

    def add_arguments(self, parser: ArgumentParser) -> None:
        if self.writes:
            parser.add_argument(
                "--user",
                help=gettext_lazy(
                    "user recorded as the author of the changes (default: the system user)"
                ),
            )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            self.run(**options)
        except ValidationError as error:
            raise CommandError(
                describe_validation_error(error, getattr(self, "model", None))
            ) from None

    def run(self, **options: Any) -> None:
        raise NotImplementedError

    def acting_user(self, options: dict[str, Any]):
        return user_by_username(options.get("user"))

    @staticmethod
    def municipality(slug: str) -> Municipality:
        municipality = Municipality.objects.filter(slug=slug).first()
        if municipality is None:
            known = ", ".join(Municipality.objects.values_list("slug", flat=True)) or "–"
            raise CommandError(
                _("There is no municipality “%(slug)s”. Known: %(known)s.")
                % {"slug": slug, "known": known}
            )
        return municipality
