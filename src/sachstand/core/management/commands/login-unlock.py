"""Lift the login lock of a user name before its window ends (docs/security.md)."""

from argparse import ArgumentParser
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand
from sachstand.core.login import login_throttles, user_name_key


class Command(SachstandCommand):
    help = gettext_lazy(
        "Lifts the lock after too many failed logins of a user name, e.g. when the person "
        "called the service desk (the lock also ends by itself after SACHSTAND_LOGIN_WINDOW)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("username", help=gettext_lazy("user name as typed at the login"))

    def run(self, **options: Any) -> None:
        by_user, _by_client = login_throttles()
        key = user_name_key(options["username"])
        was_locked = by_user.blocked(key)
        by_user.reset(key)
        message = (
            _("The login of “%(username)s” is unlocked.")
            if was_locked
            else _("The login of “%(username)s” was not locked; its failed attempts are reset.")
        )
        self.stdout.write(message % {"username": options["username"]})
