from typing import Any

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sachstand.core.commands import SachstandCommand
from sachstand.demo.services import DEMO_PASSWORD, DEMO_USERNAME, demo_load
from sachstand.imports.catalogue import catalogue_import, packaged_catalogue


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
                ngettext(
                    "Musterstadt restored to the demo state: %(count)d change.",
                    "Musterstadt restored to the demo state: %(count)d changes.",
                    total,
                )
                % {"count": total}
            )
        else:
            self.stdout.write(_("Musterstadt is already loaded and unchanged."))
        # The whole public catalogue, so that the register can be extended in the back office;
        # its two known bad rows are left out (see docs/onlineservices.md).
        catalogue = catalogue_import(files=packaged_catalogue(), apply=True, skip_invalid=True)
        self.stdout.write(
            _(
                "OZG/LeiKa catalogue: %(ozg)d OZG services and %(leika)d LeiKa services read, "
                "%(written)d new or changed, %(skipped)d faulty rows left out."
            )
            % {
                "ozg": catalogue.counts["ozg_rows"],
                "leika": catalogue.counts["leika_rows"],
                "written": catalogue.counts["ozg_written"] + catalogue.counts["leika_written"],
                "skipped": len(catalogue.problems),
            }
        )
        self.stdout.write(
            _("Demo login: user “%(user)s”, password “%(password)s”")
            % {"user": DEMO_USERNAME, "password": DEMO_PASSWORD}
        )
        self.stdout.write(
            _(
                "Also with password “%(password)s”, to see the roles: a.becker (administrator), "
                "k.nowak (editor of FB 32), h.lange (reviewer), c.vogel (council reader)."
            )
            % {"password": DEMO_PASSWORD}
        )
