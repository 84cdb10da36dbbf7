from typing import Any

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand
from sachstand.demo.services import DEMO_PASSWORD, DEMO_USERNAME, demo_load


class Command(SachstandCommand):
    help = gettext_lazy(
        "Loads the demo municipality Musterstadt (safe to repeat; refused when DEBUG is off)."
    )

    def run(self, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError(
                _(
                    "The demo is refused because DEBUG is off: its login is public and must "
                    "never exist on a production system."
                )
            )
        result = demo_load()
        total = sum(result.written.values())
        if result.fresh:
            self.stdout.write(
                _("Musterstadt loaded: %(count)d objects written.") % {"count": total}
            )
        elif total:
            self.stdout.write(
                _("Musterstadt restored to the demo state: %(count)d changes.") % {"count": total}
            )
        else:
            self.stdout.write(_("Musterstadt is already loaded and unchanged."))
        self.stdout.write(
            _("Demo login: user “%(user)s”, password “%(password)s”")
            % {"user": DEMO_USERNAME, "password": DEMO_PASSWORD}
        )
