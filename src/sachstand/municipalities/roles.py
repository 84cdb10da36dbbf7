"""Who may do what in which municipality: the one place that decides it.

A person holds roles per municipality (``Membership``):

- **administrator**: everything in the municipality (plan, units, members, reporting rounds,
  releases);
- **editor** of one or more org units: edits the measures of those units (and their milestones,
  costs, staff needs), their status updates, and the measurements of the units' indicators;
- **reviewer**: releases reports;
- **council reader**: reads everything including drafts, edits nothing.

Every role reads the municipality's drafts. Superusers (the installation's operators, e.g. the IT
service provider) and the system user (command line, demo, imports run by the operator) may do
everything everywhere. ``user=None`` stands for the system too: services called by code without a
person behind them.

Services call ``require``; the back office and the API ask ``may`` to show or hide what a person
cannot do, and the services refuse it anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from sachstand.municipalities.models import Membership, Municipality, OrgUnit, Role

User = AbstractBaseUser | AnonymousUser | None


class Act(Enum):
    READ = "read"  # read everything of the municipality, drafts included
    EDIT_PLAN = "edit_plan"  # strategy, fields of action, goals, measures, units, indicators
    EDIT_MEASURE = "edit_measure"  # an existing measure of one's unit and its parts
    REPORT_STATUS = "report_status"  # status updates of one's unit's measures
    RECORD_MEASUREMENT = "record_measurement"  # measurements of one's unit's indicators
    RUN_ROUND = "run_round"  # open reporting periods, set deadlines, see who has not reported
    RELEASE_REPORT = "release_report"
    MANAGE_MEMBERS = "manage_members"


# The acts of each role; an editor's unit-bound acts hold only for the units of the membership.
ROLE_ACTS: dict[str, frozenset[Act]] = {
    Role.ADMINISTRATOR: frozenset(Act),
    Role.EDITOR: frozenset({Act.READ, Act.EDIT_MEASURE, Act.REPORT_STATUS, Act.RECORD_MEASUREMENT}),
    Role.REVIEWER: frozenset({Act.READ, Act.RELEASE_REPORT}),
    Role.COUNCIL_READER: frozenset({Act.READ}),
}
UNIT_BOUND = frozenset({Act.EDIT_MEASURE, Act.REPORT_STATUS, Act.RECORD_MEASUREMENT})

_CACHE = "_sachstand_grants"


class Grants:
    """The acts a user holds per municipality, read once per user object (one query)."""

    def __init__(self, memberships: Iterable[Membership]) -> None:
        self.acts: dict[int, set[Act]] = {}
        self.units: dict[int, set[int] | None] = {}  # None: every unit of the municipality
        self.roles: dict[int, set[str]] = {}
        for membership in memberships:
            m = membership.municipality_id
            self.roles.setdefault(m, set()).add(membership.role)
            self.acts.setdefault(m, set()).update(ROLE_ACTS[membership.role])
            if membership.role == Role.ADMINISTRATOR:
                self.units[m] = None
            elif membership.role == Role.EDITOR and self.units.get(m, set()) is not None:
                self.units.setdefault(m, set()).update(u.pk for u in membership.org_units.all())

    def allows(self, act: Act, municipality_id: int, org_unit_id: int | None) -> bool:
        if act not in self.acts.get(municipality_id, ()):
            return False
        if act not in UNIT_BOUND or Act.EDIT_PLAN in self.acts[municipality_id]:
            return True
        units = self.units.get(municipality_id)
        if units is None:
            return True
        return org_unit_id is not None and org_unit_id in units


def is_system(user: User) -> bool:
    """The system (no person, or the system user) and superusers may do everything."""
    if user is None:
        return True
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.get_username() == settings.SACHSTAND_SYSTEM_USER


def grants(user: User) -> Grants:
    if user is None or not user.is_authenticated or not user.is_active:
        return Grants(())
    cached = getattr(user, _CACHE, None)
    if cached is None:
        cached = Grants(
            Membership.objects.filter(user=user).prefetch_related("org_units").order_by()
        )
        setattr(user, _CACHE, cached)
    return cached


def grants_forget(user: User) -> None:
    """After memberships changed: read them again on the next question."""
    if user is not None:
        user.__dict__.pop(_CACHE, None)


def may(
    user: User,
    act: Act,
    municipality: Municipality | int,
    *,
    org_unit: OrgUnit | int | None = None,
) -> bool:
    """Whether ``user`` may do ``act`` in ``municipality`` (unit-bound acts: in ``org_unit``)."""
    if is_system(user):
        return True
    municipality_id = municipality if isinstance(municipality, int) else municipality.pk
    unit_id = org_unit.pk if isinstance(org_unit, OrgUnit) else org_unit
    return grants(user).allows(act, municipality_id, unit_id)


def require(
    user: User,
    act: Act,
    municipality: Municipality | int,
    *,
    org_unit: OrgUnit | int | None = None,
) -> None:
    """Refuse with a German message what ``user`` may not do."""
    if may(user, act, municipality, org_unit=org_unit):
        return
    name = (
        municipality.name
        if isinstance(municipality, Municipality)
        else Municipality.objects.filter(pk=municipality).values_list("name", flat=True).first()
    )
    raise PermissionDenied(
        _("%(user)s may not %(act)s in %(municipality)s.")
        % {"user": _describe(user), "act": ACT_LABELS[act](), "municipality": name}
    )


def municipalities_for(user: User, act: Act = Act.READ) -> QuerySet[Municipality]:
    """The municipalities where ``user`` may do ``act`` (for some unit, if unit-bound)."""
    if is_system(user):
        return Municipality.objects.all()
    ids = [m for m, acts in grants(user).acts.items() if act in acts]
    return Municipality.objects.filter(pk__in=ids)


def units_for(user: User, act: Act, municipality: Municipality | int) -> set[int] | None:
    """The org units where ``user`` may do a unit-bound ``act``; None means every unit."""
    municipality_id = municipality if isinstance(municipality, int) else municipality.pk
    if is_system(user):
        return None
    given = grants(user)
    if act not in given.acts.get(municipality_id, ()):
        return set()
    if Act.EDIT_PLAN in given.acts[municipality_id]:
        return None
    units = given.units.get(municipality_id)
    return None if units is None else set(units)


def roles_of(user: User, municipality: Municipality | int) -> set[str]:
    municipality_id = municipality if isinstance(municipality, int) else municipality.pk
    return set(grants(user).roles.get(municipality_id, ()))


def _describe(user: User) -> str:
    if user is None or not user.is_authenticated:
        return _("An anonymous visitor")
    return user.get_full_name() or user.get_username()


# Lazy, so that the labels follow the language of the request that raises.
ACT_LABELS = {
    Act.READ: lambda: _("read the data"),
    Act.EDIT_PLAN: lambda: _("change the plan"),
    Act.EDIT_MEASURE: lambda: _("edit this measure"),
    Act.REPORT_STATUS: lambda: _("report the status of this measure"),
    Act.RECORD_MEASUREMENT: lambda: _("record measurements of this indicator"),
    Act.RUN_ROUND: lambda: _("run the reporting round"),
    Act.RELEASE_REPORT: lambda: _("release reports"),
    Act.MANAGE_MEMBERS: lambda: _("manage the members"),
}


def may_somewhere(user: User, act: Act) -> bool:
    """Whether ``user`` may do ``act`` in at least one municipality (for at least one unit)."""
    if is_system(user):
        return True
    given = grants(user)
    return any(
        act in acts
        and (act not in UNIT_BOUND or given.units.get(m, None) is None or given.units[m])
        for m, acts in given.acts.items()
    )


def scope(user: User, act: Act, *, unit_field: str | None = None, prefix: str = "") -> Q:
    """A filter for the objects ``user`` may do ``act`` on: by municipality, and for unit-bound
    acts by the org unit at ``unit_field`` (e.g. ``"measure__org_unit"``)."""
    if is_system(user):
        return Q()
    given = grants(user)
    allowed = Q(pk__in=[])
    for municipality_id, acts in given.acts.items():
        if act not in acts:
            continue
        units = None if Act.EDIT_PLAN in acts else given.units.get(municipality_id)
        here = Q(**{f"{prefix}municipality_id": municipality_id})
        if unit_field is not None and act in UNIT_BOUND and units is not None:
            here &= Q(**{f"{unit_field}_id__in": sorted(units)})
        allowed |= here
    return allowed
