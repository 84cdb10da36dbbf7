"""Reading indicators with their assessment: per indicator, and rolled up per goal."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from sachstand.indicators.assessment import Assessment, Point, Status, indicator_assess

# The worst status of a goal's indicators is the goal's (unknown ones do not count).
SEVERITY = [Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.REACHED]


@dataclass
class IndicatorState:
    indicator: Any  # stored or historical row
    points: list[Point]
    target: Any | None  # the next target not yet due at ``on``, else the last one
    assessment: Assessment


def indicator_states(
    *, indicators: list[Any], targets: list[Any], measurements: list[Any], on: date
) -> dict[int, IndicatorState]:
    """The assessment of every indicator at ``on`` from plain rows (live or as they stood)."""
    by_indicator: dict[int, list[Point]] = defaultdict(list)
    for m in sorted(measurements, key=lambda m: m.date):
        by_indicator[m.indicator_id].append(Point(m.date, Decimal(m.value)))
    targets_of: dict[int, list[Any]] = defaultdict(list)
    for t in sorted(targets, key=lambda t: t.due_date):
        targets_of[t.indicator_id].append(t)
    states = {}
    for indicator in indicators:
        points = by_indicator[indicator.id]
        target = _relevant_target(targets_of[indicator.id], on)
        states[indicator.id] = IndicatorState(
            indicator, points, target, _assess(indicator, points, target, on)
        )
    return states


def _relevant_target(targets: list[Any], on: date) -> Any | None:
    upcoming = [t for t in targets if t.due_date >= on]
    return upcoming[0] if upcoming else (targets[-1] if targets else None)


def _assess(indicator: Any, points: list[Point], target: Any | None, on: date) -> Assessment:
    baseline = (
        Point(indicator.baseline_date, Decimal(indicator.baseline_value))
        if indicator.baseline_date and indicator.baseline_value is not None
        else None
    )
    if target is None:
        return Assessment(Status.UNKNOWN, _no_target(), None, None, None, len(points), None)
    return indicator_assess(
        points=points,
        target_value=Decimal(target.value),
        target_date=target.due_date,
        direction=indicator.direction,
        unit=indicator.unit,
        on=on,
        baseline=baseline,
    )


def _no_target() -> str:
    return _("No target has been set for this indicator.")


def goal_statuses(
    states: dict[int, IndicatorState], goal_links: dict[int, list[int]]
) -> dict[int, Status]:
    """Each goal's status: the worst known status of the indicators that measure it.
    ``goal_links``: indicator id -> goal ids."""
    per_goal: dict[int, list[Status]] = defaultdict(list)
    for indicator_id, goal_ids in goal_links.items():
        status = states[indicator_id].assessment.status
        for goal_id in goal_ids:
            per_goal[goal_id].append(status)
    result = {}
    for goal_id, statuses in per_goal.items():
        known = [s for s in statuses if s != Status.UNKNOWN]
        result[goal_id] = min(known, key=SEVERITY.index) if known else Status.UNKNOWN
    return result
