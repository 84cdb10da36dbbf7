"""What changed between the previous report and this one, computed from the history."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sachstand.reporting.report_model.data import State
from sachstand.strategy.models import MeasureStatus

STOPPED = (MeasureStatus.CANCELLED, MeasureStatus.DEFERRED)


@dataclass
class MilestoneChange:
    measure: Any
    milestone: Any
    days: int  # late (reached) or moved by (slipped); 0 = on time
    before: Any = None  # the milestone at the baseline


@dataclass
class Changes:
    added: list[Any] = field(default_factory=list)
    completed: list[Any] = field(default_factory=list)
    stopped: list[Any] = field(default_factory=list)  # cancelled or deferred since
    lights: list[tuple[Any, str, str]] = field(default_factory=list)  # measure, before, after
    reached: list[MilestoneChange] = field(default_factory=list)
    slipped: list[MilestoneChange] = field(default_factory=list)
    costs: list[tuple[Any, Decimal, Decimal]] = field(default_factory=list)  # measure, before, now

    def is_empty(self) -> bool:
        return not any(
            (self.added, self.completed, self.stopped, self.lights, self.reached, self.slipped,
             self.costs)
        )  # fmt: skip


def changes_between(baseline: State, current: State) -> Changes:
    before = {m.id: m for m in baseline.measures()}
    changes = Changes()
    for measure in current.measures():
        old = before.get(measure.id)
        if old is None:
            changes.added.append(measure)
            continue
        if measure.status == MeasureStatus.COMPLETED and old.status != MeasureStatus.COMPLETED:
            changes.completed.append(measure)
        if measure.status in STOPPED and old.status != measure.status:
            changes.stopped.append(measure)
        light_before = baseline.lights[measure.id].value
        light_now = current.lights[measure.id].value
        if light_before != light_now:
            changes.lights.append((measure, light_before, light_now))
    _milestone_changes(baseline, current, changes)
    _cost_changes(baseline, current, changes)
    return changes


def _milestone_changes(baseline: State, current: State, changes: Changes) -> None:
    measures = {m.id: m for m in current.measures()}
    before = {m.id: m for m in baseline.plan.milestones}
    for milestone in sorted(current.plan.milestones, key=lambda m: (m.due_date, m.id)):
        measure = measures.get(milestone.measure_id)
        if measure is None:
            continue
        old = before.get(milestone.id)
        if milestone.completed_date and (old is None or not old.completed_date):
            late = (milestone.completed_date - milestone.due_date).days
            changes.reached.append(MilestoneChange(measure, milestone, max(late, 0), old))
        if old is not None and milestone.due_date > old.due_date:
            moved = (milestone.due_date - old.due_date).days
            changes.slipped.append(MilestoneChange(measure, milestone, moved, old))


def _cost_changes(baseline: State, current: State, changes: Changes) -> None:
    def totals(state: State) -> dict[int, Decimal]:
        sums: dict[int, Decimal] = {}
        for item in state.plan.cost_items:
            sums[item.measure_id] = sums.get(item.measure_id, Decimal(0)) + item.estimated_amount
        return sums

    before, now = totals(baseline), totals(current)
    existed = {m.id for m in baseline.measures()}
    for measure in current.measures():
        if measure.id not in existed:
            continue  # a new measure's costs are new, not changed
        old, new = before.get(measure.id, Decimal(0)), now.get(measure.id, Decimal(0))
        if old != new:
            changes.costs.append((measure, old, new))
