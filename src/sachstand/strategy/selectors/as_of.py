"""The action plan as it stood at a given moment, read from the recorded history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.utils import timezone

from sachstand.core.history import records_as_of
from sachstand.municipalities.models import Municipality
from sachstand.strategy.models import CostItem, FieldOfAction, Goal, Measure, Milestone, StaffNeed
from sachstand.strategy.services.traffic_light import MeasureFacts, MilestoneFacts


def end_of_day(day: date) -> datetime:
    """The last instant of ``day`` in the installation's time zone (Europe/Berlin)."""
    start_of_next = datetime.combine(day + timedelta(days=1), time.min)
    return timezone.make_aware(start_of_next) - timedelta(microseconds=1)


@dataclass
class PlanSnapshot:
    """Historical rows as they stood at ``when``. Measures carry ``goals_ids_as_of`` and
    ``dependencies_ids_as_of``: the links as they stood, not today's."""

    when: datetime
    fields: list[Any]
    goals: list[Any]
    measures: list[Any]
    milestones: list[Any]
    cost_items: list[Any]
    staff_needs: list[Any]

    def measure(self, code: str) -> Any | None:
        return next((m for m in self.measures if m.code == code), None)

    def milestones_of(self, measure_id: int) -> list[Any]:
        """The measure's milestones by due date (indexed once, so reports stay linear)."""
        index = self.__dict__.get("_milestone_index")
        if index is None or index[0] is not self.milestones:
            grouped: dict[int, list[Any]] = {}
            for milestone in sorted(self.milestones, key=lambda m: (m.due_date, m.id)):
                grouped.setdefault(milestone.measure_id, []).append(milestone)
            index = (self.milestones, grouped)
            self.__dict__["_milestone_index"] = index
        return index[1].get(measure_id, [])


def plan_as_of(*, municipality: Municipality, when: datetime | date) -> PlanSnapshot:
    """The municipality's plan as it stood at ``when`` (a date means the end of that day)."""
    if not isinstance(when, datetime):
        when = end_of_day(when)
    scope = {"municipality_id": municipality.pk}
    return PlanSnapshot(
        when=when,
        fields=records_as_of(FieldOfAction, when, **scope),
        goals=records_as_of(Goal, when, **scope),
        measures=sorted(records_as_of(Measure, when, **scope), key=lambda m: m.code),
        milestones=records_as_of(Milestone, when, **scope),
        cost_items=records_as_of(CostItem, when, **scope),
        staff_needs=records_as_of(StaffNeed, when, **scope),
    )


def measure_facts_as_of(*, measure: Measure, when: datetime) -> MeasureFacts | None:
    """The facts the traffic light is derived from, as they stood at ``when``; None when the
    recorded history does not reach back that far (a plan imported later)."""
    rows = records_as_of(Measure, when, with_links=False, id=measure.pk)
    if not rows:
        return None
    stood = rows[0]
    milestones = records_as_of(Milestone, when, measure_id=measure.pk)
    return MeasureFacts(
        status=stood.status,
        planned_start=stood.planned_start,
        planned_end=stood.planned_end,
        percent_complete=stood.percent_complete,
        milestones=[MilestoneFacts(m.title, m.due_date, m.completed_date) for m in milestones],
    )
