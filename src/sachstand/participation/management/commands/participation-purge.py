from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sachstand.core.commands import SachstandCommand
from sachstand.core.formatting import format_date
from sachstand.participation.services.purge import participation_purge


class Command(SachstandCommand):
    help = gettext_lazy(
        "Deletes the e-mail addresses of closed citizens' questions after the retention period "
        "and the one-time links of closed surveys (a daily job; safe to repeat)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--days",
            type=int,
            help=gettext_lazy(
                "retention period in days (default: SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS)"
            ),
        )

    def run(self, **options: Any) -> None:
        days = options.get("days")
        if days is None:
            days = settings.SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS
        if days < 0:
            raise CommandError(
                _("The retention period must not be negative (given: %(days)d days).")
                % {"days": days}
            )
        purged = participation_purge(days=days)
        self.stdout.write(
            ngettext(
                "%(count)d e-mail address of questions closed on or before %(date)s deleted.",
                "%(count)d e-mail addresses of questions closed on or before %(date)s deleted.",
                purged.emails,
            )
            % {"count": purged.emails, "date": format_date(purged.cutoff)}
        )
        self.stdout.write(
            ngettext(
                "%(count)d one-time link of closed surveys deleted.",
                "%(count)d one-time links of closed surveys deleted.",
                purged.tokens,
            )
            % {"count": purged.tokens}
        )
