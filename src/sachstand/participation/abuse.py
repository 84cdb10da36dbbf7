"""Protection of the public forms against abuse: rate limits per client, a honeypot field.

The client is known only as a keyed hash of its address (``core.throttle.client_key``), held in
the cache for at most the window; nothing of it reaches the database. Only submissions that
would be written count (and those that fill the honeypot): someone correcting a typo in the form
is not slowed down. Several people behind one address (an office, a school) share the limit of
the surveys, which is therefore generous.
"""

from __future__ import annotations

import math

from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sachstand.core.throttle import Throttle, client_key

HONEYPOT = "website"

QUESTIONS = Throttle("participation-question", limit=5, window=3600)
SURVEYS = Throttle("participation-survey", limit=20, window=3600)
LINKS = Throttle("participation-link", limit=20, window=3600)  # unknown or used staff links


def admitted(throttle: Throttle, request: HttpRequest) -> bool:
    """Count a submission; False when the client is over the limit."""
    return throttle.hit(client_key(request))


def blocked(throttle: Throttle, request: HttpRequest) -> bool:
    return throttle.blocked(client_key(request))


def too_many(throttle: Throttle, request: HttpRequest) -> str:
    minutes = max(1, math.ceil(throttle.retry_after(client_key(request)) / 60))
    return ngettext(
        "Too many submissions came from your connection within the last hour. Your entries "
        "were not saved; please try again in %(minutes)d minute.",
        "Too many submissions came from your connection within the last hour. Your entries "
        "were not saved; please try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


def honeypot_message() -> str:
    return _(
        "Your entries were not saved: the field “Please leave this field empty” was filled in. "
        "Please leave it empty and send the form again."
    )
