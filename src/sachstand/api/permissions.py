"""Who may do what through the API: the roles of the back office (``municipalities.roles``).

The API asks before it parses a request, so that a person without the role gets 401/403 and not
a validation message; the services check again, with the measure's or indicator's org unit.
"""

from __future__ import annotations

from enum import Enum

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from rest_framework.exceptions import NotAuthenticated, PermissionDenied

from sachstand.municipalities import roles
from sachstand.municipalities.models import Municipality, OrgUnit
from sachstand.municipalities.roles import Act


class Action(Enum):
    """An act through the API and the role's act it needs."""

    STATUS_UPDATE_CREATE = Act.REPORT_STATUS
    STATUS_UPDATE_CHANGE = Act.REPORT_STATUS
    MEASUREMENT_CREATE = Act.RECORD_MEASUREMENT
    MEASUREMENT_CHANGE = Act.RECORD_MEASUREMENT


def may(
    user: AbstractBaseUser | AnonymousUser | None,
    action: Action,
    municipality: Municipality,
    org_unit: OrgUnit | int | None = None,
) -> bool:
    """Whether ``user`` may do ``action`` in ``municipality``: for a unit-bound act without a
    unit, whether they may do it for some unit there."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if org_unit is None:
        units = roles.units_for(user, action.value, municipality)
        return units is None or bool(units)
    return roles.may(user, action.value, municipality, org_unit=org_unit)


def may_read_drafts(
    user: AbstractBaseUser | AnonymousUser | None, municipality: Municipality
) -> bool:
    """Every role of the municipality reads its drafts (updates of unreleased periods)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return roles.may(user, Act.READ, municipality)


def require(
    user: AbstractBaseUser | AnonymousUser | None,
    action: Action,
    municipality: Municipality,
    org_unit: OrgUnit | int | None = None,
) -> None:
    """Raise 401 for an anonymous user and 403 for one without the role."""
    if user is None or not user.is_authenticated:
        raise NotAuthenticated()
    if not may(user, action, municipality, org_unit):
        raise PermissionDenied()
