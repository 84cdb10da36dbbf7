from argparse import ArgumentParser
from datetime import date
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sachstand.core.commands import SachstandCommand, parse_date
from sachstand.reporting.services.rounds import reminders_send


class Command(SachstandCommand):
    help = gettext_lazy(
        "Sends the reminder e-mails of the reporting rounds due today (for a daily cron job; "
        "each reminder is sent once)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--date", help=gettext_lazy("act as if today were this date, e.g. 2027-01-08")
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=gettext_lazy("only list who would be reminded; send and record nothing"),
        )

    def run(self, **options: Any) -> None:
        today: date = (
            parse_date(options["date"], "date") if options["date"] else timezone.localdate()
        )
        run = reminders_send(today=today, dry_run=options["dry_run"])
        for line in run.sent:
            prefix = _("would remind") if options["dry_run"] else _("reminded")
            self.stdout.write(f"{prefix}: {line}")
        for line in run.without_address:
            self.stderr.write(_("no e-mail address, not reminded: %(who)s") % {"who": line})
        sent = 0 if options["dry_run"] else len(run.sent)
        self.stdout.write(
            ngettext(
                "%(sent)d reminder sent, %(already)d sent before.",
                "%(sent)d reminders sent, %(already)d sent before.",
                sent,
            )
            % {"sent": sent, "already": run.already}
        )
