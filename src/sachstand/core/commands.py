"""The base of sachstand's management commands: German errors, a recorded user, exit codes."""

from __future__ import annotations

from argparse import ArgumentParser
from datetime import date
from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sachstand.core.services import describe_validation_error, user_by_username
from sachstand.municipalities.models import Municipality


def write_output(path: Path, data: bytes) -> None:
    """Write a command's output file; an unwritable path gets a German message naming it."""
    try:
        path.write_bytes(data)
    except OSError as error:
        raise CommandError(
            _("The file %(path)s cannot be written: %(reason)s")
            % {"path": path, "reason": error.strerror or error}
        ) from None


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

    @staticmethod
    def add_municipality_argument(parser: ArgumentParser) -> None:
        parser.add_argument(
            "--municipality",
            required=True,
            help=gettext_lazy("short name of the municipality, e.g. musterstadt"),
        )

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> ArgumentParser:
        # argparse needs real strings; the help texts are lazy so that they follow the language.
        self.help = str(self.help)
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        for action in parser._actions:
            if action.help is not None:
                action.help = str(action.help)
        return parser

    def handle(self, *args: Any, **options: Any) -> None:
        if self.uses_database(options):
            self.check_database()
        try:
            self.run(**options)
        except ValidationError as error:
            raise CommandError(
                describe_validation_error(error, getattr(self, "model", None))
            ) from None
        except PermissionDenied as error:
            raise CommandError(str(error)) from None

    def run(self, **options: Any) -> None:
        raise NotImplementedError

    def uses_database(self, options: dict[str, Any]) -> bool:
        """Whether this run reads or writes the database (then it must be set up)."""
        return True

    @staticmethod
    def check_database() -> None:
        """A database that is not set up gets a German hint instead of a traceback."""
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            raise CommandError(
                ngettext(
                    "The database %(name)s is not set up completely (%(count)d migration "
                    "pending). Please run “sachstand migrate” first.",
                    "The database %(name)s is not set up completely (%(count)d migrations "
                    "pending). Please run “sachstand migrate” first.",
                    len(pending),
                )
                % {"name": connection.settings_dict["NAME"], "count": len(pending)}
            )

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


def parse_date(text: str, field: str) -> date:
    for parse in (date.fromisoformat, _german_date):
        try:
            return parse(text)
        except ValueError:
            continue
    raise ValidationError(
        {
            field: _("“%(value)s” is not a date (expected 2027-01-15 or 15.01.2027).")
            % {"value": text}
        }
    )


def _german_date(text: str) -> date:
    day, month, year = (int(part) for part in text.split("."))
    return date(year, month, day)
