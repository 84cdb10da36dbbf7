"""Roll-ups of the action plan per field of action and for the whole strategy.

A fixed number of queries whatever the size of the plan: one per kind of object, summed up here,
so the same code rolls up today's plan and the plan as it stood at the end of a past period.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils import timezone

from sachstand.core.collation import german_sort_key
from sachstand.municipalities.models import Municipality
from sachstand.strategy.models import CostItem, FieldOfAction, Measure, Milestone, StaffNeed
from sachstand.strategy.selectors.as_of import PlanSnapshot, plan_as_of
from sachstand.strategy.services.traffic_light import (
    DerivedLight,
    MeasureFacts,
    MilestoneFacts,
    traffic_light_derive,
)

ZERO = Decimal("0.00")


@dataclass
class CostSums:
    estimated: Decimal = ZERO
    actual: Decimal = ZERO
    funded: Decimal = ZERO
    items: int = 0

    def add(self, other: CostSums) -> None:
        self.estimated += other.estimated
        self.actual += other.actual
        self.funded += other.funded
        self.items += other.items


@dataclass
class Rollup:
    """Counts and sums for a set of measures."""

    measures: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    # Keys are TrafficLight values, or "" for measures without a light (deferred, cancelled).
    by_light: Counter[str] = field(default_factory=Counter)
    costs: dict[tuple[int, str], CostSums] = field(default_factory=lambda: defaultdict(CostSums))
    staff: dict[int, Decimal] = field(default_factory=lambda: defaultdict(lambda: ZERO))

    def costs_per_year(self) -> dict[int, CostSums]:
        per_year: dict[int, CostSums] = defaultdict(CostSums)
        for (year, _kind), sums in sorted(self.costs.items()):
            per_year[year].add(sums)
        return dict(per_year)

    def add(self, other: Rollup) -> None:
        self.measures += other.measures
        self.by_status.update(other.by_status)
        self.by_light.update(other.by_light)
        for key, sums in other.costs.items():
            self.costs[key].add(sums)
        for year, fte in other.staff.items():
            self.staff[year] += fte


@dataclass
class PlanRollup:
    on: date
    total: Rollup
    fields: list[tuple[FieldOfAction, Rollup]]  # live rows or historical rows
    lights: dict[int, DerivedLight]  # measure id -> derived light at ``on``


def plan_rollup(*, municipality: Municipality, on: date, as_it_stood: bool = False) -> PlanRollup:
    """Counts by status and derived traffic light, costs per year and kind, staff per year.

    With ``as_it_stood`` the plan is read from the history as it stood at the end of ``on``
    (for a past period); otherwise today's data is evaluated at ``on``.
    """
    plan = plan_as_of(municipality=municipality, when=on) if as_it_stood else _live(municipality)
    per_field: dict[int, Rollup] = {f.id: Rollup() for f in plan.fields}
    milestones: dict[int, list[MilestoneFacts]] = defaultdict(list)
    for m in plan.milestones:
        milestones[m.measure_id].append(MilestoneFacts(m.title, m.due_date, m.completed_date))
    lights: dict[int, DerivedLight] = {}
    field_of: dict[int, int] = {}
    for measure in plan.measures:
        rollup = per_field[measure.field_of_action_id]
        field_of[measure.id] = measure.field_of_action_id
        facts = MeasureFacts(
            status=measure.status,
            planned_start=measure.planned_start,
            planned_end=measure.planned_end,
            percent_complete=measure.percent_complete,
            milestones=milestones[measure.id],
        )
        derived = traffic_light_derive(facts, on=on)
        lights[measure.id] = derived
        rollup.measures += 1
        rollup.by_status[measure.status] += 1
        rollup.by_light[derived.light.value if derived.light else ""] += 1
    for item in plan.cost_items:
        sums = per_field[field_of[item.measure_id]].costs[(item.year, item.kind)]
        sums.add(CostSums(item.estimated_amount, item.actual_amount or ZERO, item.funded_amount, 1))
    for need in plan.staff_needs:
        per_field[field_of[need.measure_id]].staff[need.year] += need.full_time_equivalents

    total = Rollup()
    for rollup in per_field.values():
        total.add(rollup)
    fields = sorted(plan.fields, key=lambda f: (f.position, german_sort_key(f.code)))
    return PlanRollup(
        on=on, total=total, fields=[(f, per_field[f.id]) for f in fields], lights=lights
    )


def _live(municipality: Municipality) -> PlanSnapshot:
    scope = {"municipality": municipality}
    return PlanSnapshot(
        when=timezone.now(),
        fields=list(FieldOfAction.objects.filter(**scope)),
        goals=[],
        measures=list(Measure.objects.filter(**scope)),
        milestones=list(Milestone.objects.filter(**scope)),
        cost_items=list(CostItem.objects.filter(**scope)),
        staff_needs=list(StaffNeed.objects.filter(**scope)),
    )
