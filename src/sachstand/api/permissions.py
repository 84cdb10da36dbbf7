"""Who may do what through the API: the one place that decides it.

Until the role system (issue 8) narrows it to a municipality and a unit, a user may do through the
API what the back office lets them do: hold the Django model permission of the change. Superusers
hold every permission. Callers pass the municipality so that a narrower rule can take its place
here without touching the views.
"""

from __future__ import annotations

from enum import Enum

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from rest_framework.exceptions import NotAuthenticated, PermissionDenied

from sachstand.municipalities.models import Municipality


class Action(Enum):
    """An act through the API and the model permission the back office requires for it."""

    STATUS_UPDATE_CREATE = "reporting.add_statusupdate"
    STATUS_UPDATE_CHANGE = "reporting.change_statusupdate"
    MEASUREMENT_CREATE = "indicators.add_measurement"
    MEASUREMENT_CHANGE = "indicators.change_measurement"


# Who may write status updates may also read the drafts (updates of unreleased periods).
DRAFT_READERS = (Action.STATUS_UPDATE_CREATE, Action.STATUS_UPDATE_CHANGE)


def may(
    user: AbstractBaseUser | AnonymousUser | None, action: Action, municipality: Municipality
) -> bool:
    """Whether ``user`` may do ``action`` in ``municipality``."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.has_perm(action.value)


def may_read_drafts(
    user: AbstractBaseUser | AnonymousUser | None, municipality: Municipality
) -> bool:
    return any(may(user, action, municipality) for action in DRAFT_READERS)


def require(
    user: AbstractBaseUser | AnonymousUser | None, action: Action, municipality: Municipality
) -> None:
    """Raise 401 for an anonymous user and 403 for one without the permission."""
    if user is None or not user.is_authenticated:
        raise NotAuthenticated()
    if not may(user, action, municipality):
        raise PermissionDenied()
