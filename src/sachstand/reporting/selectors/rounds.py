"""The reporting round of a half-year: which measures owe a status update, and who owes it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q, QuerySet

from sachstand.core.halfyear import HalfYear
from sachstand.municipalities.models import Membership, Municipality, OrgUnit, Role
from sachstand.municipalities.roles import Act, is_system, municipalities_for, units_for
from sachstand.reporting.models import ReleasedReport, ReportingPeriod, StatusUpdate
from sachstand.strategy.models import Measure, MeasureStatus


def measures_due(period: ReportingPeriod) -> QuerySet[Measure]:
    """The measures that report on ``period``: those running in it (planned or in progress and
    started by its end) and those completed in it or later. Deferred and cancelled measures and
    measures not yet started do not report."""
    running = Q(status__in=[MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS]) & (
        Q(planned_start__isnull=True) | Q(planned_start__lte=period.end)
    )
    completed = Q(status=MeasureStatus.COMPLETED) & (
        Q(actual_end__isnull=True) | Q(actual_end__gte=period.start)
    )
    return Measure.objects.filter(municipality_id=period.municipality_id).filter(
        running | completed
    )


def measures_missing(period: ReportingPeriod) -> QuerySet[Measure]:
    """Due measures without a status update for ``period``."""
    reported = StatusUpdate.objects.filter(period=period).values("measure_id")
    return (
        measures_due(period)
        .exclude(pk__in=reported)
        .select_related("org_unit")
        .order_by("org_unit__code", "code")
    )


def open_periods(municipality: Municipality | int, on: date) -> QuerySet[ReportingPeriod]:
    """Periods of the round: opened, started by ``on``, report not yet released."""
    released = ReleasedReport.objects.filter(committee__isnull=True).values("period_id")
    municipality_id = municipality if isinstance(municipality, int) else municipality.pk
    return (
        ReportingPeriod.objects.filter(municipality_id=municipality_id)
        .exclude(pk__in=released)
        .filter(half_year__lte=HalfYear.containing(on))
        .order_by("half_year")
    )


@dataclass
class TodoItem:
    period: ReportingPeriod
    measure: Measure


def todo_for(user: AbstractBaseUser, on: date) -> list[TodoItem]:
    """The measures of ``user``'s units that still need a status update in an open period.

    For an editor these are the measures of their units; an administrator sees the whole
    municipality's list in the round overview instead, not here."""
    if is_system(user):
        return []
    items: list[TodoItem] = []
    for municipality in municipalities_for(user, Act.REPORT_STATUS).order_by("name"):
        if Role.EDITOR not in {
            m.role for m in Membership.objects.filter(user=user, municipality=municipality)
        }:
            continue
        units = units_for(user, Act.REPORT_STATUS, municipality)
        for period in open_periods(municipality, on):
            missing = measures_missing(period)
            if units is not None:
                missing = missing.filter(org_unit_id__in=units)
            items.extend(TodoItem(period, measure) for measure in missing)
    return items


@dataclass
class UnitProgress:
    unit: OrgUnit
    due: int = 0
    reported: int = 0
    missing: list[Measure] = field(default_factory=list)
    editors: list[AbstractBaseUser] = field(default_factory=list)


@dataclass
class RoundOverview:
    period: ReportingPeriod
    units: list[UnitProgress]
    released: bool

    @property
    def due(self) -> int:
        return sum(u.due for u in self.units)

    @property
    def reported(self) -> int:
        return sum(u.reported for u in self.units)

    @property
    def missing(self) -> int:
        return self.due - self.reported

    @property
    def editors_missing(self) -> list[tuple[AbstractBaseUser, list[Measure]]]:
        """Who has not reported yet: each editor with the measures of their units still open."""
        owed: dict[int, tuple[AbstractBaseUser, list[Measure]]] = {}
        for unit in self.units:
            for editor in unit.editors:
                owed.setdefault(editor.pk, (editor, []))[1].extend(unit.missing)
        return sorted(
            ((e, ms) for e, ms in owed.values() if ms),
            key=lambda pair: pair[0].get_full_name() or pair[0].get_username(),
        )


def round_overview(period: ReportingPeriod) -> RoundOverview:
    """Per org unit: measures due, reported, missing, and the unit's editors (fixed queries)."""
    due = list(measures_due(period).select_related("org_unit").order_by("code"))
    reported = set(StatusUpdate.objects.filter(period=period).values_list("measure_id", flat=True))
    units: dict[int, UnitProgress] = {}
    for measure in due:
        progress = units.setdefault(measure.org_unit_id, UnitProgress(measure.org_unit))
        progress.due += 1
        if measure.pk in reported:
            progress.reported += 1
        else:
            progress.missing.append(measure)
    editors_by_unit: dict[int, list[AbstractBaseUser]] = defaultdict(list)
    for membership in (
        Membership.objects.filter(municipality_id=period.municipality_id, role=Role.EDITOR)
        .select_related("user")
        .prefetch_related("org_units")
    ):
        if membership.user.is_active:
            for unit in membership.org_units.all():
                editors_by_unit[unit.pk].append(membership.user)
    for unit_id, progress in units.items():
        progress.editors = editors_by_unit.get(unit_id, [])
    released = ReleasedReport.objects.filter(period=period, committee__isnull=True).exists()
    return RoundOverview(
        period=period,
        units=sorted(units.values(), key=lambda u: u.unit.code),
        released=released,
    )
