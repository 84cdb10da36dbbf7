"""Optimistic locking of status updates: the ETag names the version a client read, and a change
must name it in ``If-Match``.

The version is the object's latest history row: every real change writes one (see
``sachstand.core.history``), a save that changes nothing writes none and keeps the version.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.http import parse_etags
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException

from sachstand.core.formatting import format_date
from sachstand.reporting.models import StatusUpdate


class PreconditionRequired(APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_code = "precondition_required"


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_code = "precondition_failed"


def latest_version(update: StatusUpdate):
    return update.history.order_by("-history_id").only("history_id", "history_date").first()


def etag(update: StatusUpdate, version=None) -> str:
    """The strong ETag of the update's current version, quoted as the header carries it."""
    version = version if version is not None else latest_version(update)
    return f'"{update.pk}-{version.history_id if version else 0}"'


def check_if_match(update: StatusUpdate, header: str | None) -> None:
    """Let a change go ahead only if ``header`` names the update's current version."""
    sent = parse_etags(header or "")
    if not sent or sent == ["*"]:
        raise PreconditionRequired(
            _(
                "Changing a status update needs the If-Match header with the ETag you received "
                "when you last read it."
            )
        )
    version = latest_version(update)
    if etag(update, version) in sent:
        return
    changed = timezone.localtime(version.history_date) if version else None
    raise PreconditionFailed(
        _(
            "The status update has been changed since you read it (last change on %(date)s at "
            "%(time)s). Read it again and apply your change to the current version."
        )
        % {
            "date": format_date(changed.date()) if changed else "–",
            "time": changed.strftime("%H:%M") if changed else "–",
        }
    )
