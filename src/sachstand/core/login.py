"""Login throttling against password guessing (docs/security.md).

After ``SACHSTAND_LOGIN_ATTEMPTS`` failed logins with one user name within
``SACHSTAND_LOGIN_WINDOW`` seconds, that user name may not log in until the oldest of them is a
window old, not even with the right password; the same after
``SACHSTAND_LOGIN_ATTEMPTS_PER_CLIENT`` failed logins from one client address, whatever the
user names. A successful login forgets the user name's failures (not the address's: an attacker
with an account of their own could otherwise wipe their address's count between guesses).

Whether the user exists makes no difference: every user name is counted, and a refused attempt
is refused before the password is checked, with the same message for everyone. The counts live
in the cache under hashed keys (``core.throttle``); nothing of this reaches the database.
"""

from __future__ import annotations

import math
from datetime import timedelta

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import ngettext

from sachstand.core.throttle import Throttle, client_key


def login_throttles() -> tuple[Throttle, Throttle]:
    """The throttles per user name and per client address, as configured now."""
    window = settings.SACHSTAND_LOGIN_WINDOW
    return (
        Throttle("login-user", limit=settings.SACHSTAND_LOGIN_ATTEMPTS, window=window),
        Throttle("login-client", limit=settings.SACHSTAND_LOGIN_ATTEMPTS_PER_CLIENT, window=window),
    )


def user_name_key(username: str) -> str:
    # "Admin" and "admin " are the same guess for a person, so they share one count.
    return username.strip().casefold()


def refusal(seconds: int) -> ValidationError:
    """The German refusal naming when to try again (minutes, rounded up, and the time)."""
    minutes = max(1, math.ceil(seconds / 60))
    again = timezone.localtime() + timedelta(seconds=seconds)
    return ValidationError(
        ngettext(
            "Too many failed login attempts. Please try again in %(minutes)d minute, at %(time)s.",
            "Too many failed login attempts. Please try again in %(minutes)d minutes, at %(time)s.",
            minutes,
        )
        % {"minutes": minutes, "time": time_format(again, "H:i")},
        code="throttled",
    )


class ThrottledAuthenticationForm(AdminAuthenticationForm):
    """The back office's login form, with the throttles in front of the password check."""

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if not username or not password or self.request is None:
            return super().clean()  # Django's own "required" errors; nothing to count
        by_user, by_client = login_throttles()
        keys = ((by_user, user_name_key(username)), (by_client, client_key(self.request)))
        waits = [throttle.retry_after(key) for throttle, key in keys]
        if max(waits) > 0:
            raise refusal(max(waits))
        try:
            cleaned = super().clean()
        except ValidationError:
            for throttle, key in keys:
                throttle.hit(key)
            raise
        by_user.reset(user_name_key(username))
        return cleaned
