"""The derived traffic light of a measure (Ampel), documented in docs/traffic-light.md.

The light is derived from facts, not opinions: overdue milestones, a passed planned end, a delayed
start, and progress lagging behind elapsed time. The worst finding wins. The department reports a
light of its own in the status update; where the two differ, the update must say why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sachstand.core.formatting import format_date
from sachstand.strategy.models import Measure, MeasureStatus, TrafficLight

# Thresholds, in days or percentage points. Changing them changes every derived light.
MILESTONE_RED_AFTER_DAYS = 60
START_YELLOW_AFTER_DAYS = 30
START_RED_AFTER_DAYS = 90
PROGRESS_YELLOW_GAP = 20
PROGRESS_RED_GAP = 40

_SEVERITY = {TrafficLight.GREEN: 0, TrafficLight.YELLOW: 1, TrafficLight.RED: 2}


@dataclass(frozen=True)
class MilestoneFacts:
    title: str
    due_date: date
    completed_date: date | None


@dataclass(frozen=True)
class MeasureFacts:
    """What the derivation needs to know about a measure at the reference date."""

    status: str
    planned_start: date | None
    planned_end: date | None
    percent_complete: int
    milestones: Sequence[MilestoneFacts] = ()


@dataclass(frozen=True)
class DerivedLight:
    light: TrafficLight | None  # None: the measure is deferred or cancelled, no light applies
    reasons: tuple[str, ...] = field(default=())

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def traffic_light_derive(facts: MeasureFacts, *, on: date) -> DerivedLight:
    """Derive the light for ``facts`` as they stand at the reference date ``on``."""
    if facts.status == MeasureStatus.COMPLETED:
        return DerivedLight(TrafficLight.GREEN, (_("measure completed"),))
    if facts.status == MeasureStatus.DEFERRED:
        return DerivedLight(None, (_("measure deferred"),))
    if facts.status == MeasureStatus.CANCELLED:
        return DerivedLight(None, (_("measure cancelled"),))

    findings = [
        *_milestone_findings(facts.milestones, on),
        *_schedule_findings(facts, on),
        *_progress_findings(facts, on),
    ]
    if not findings:
        return DerivedLight(TrafficLight.GREEN, (_("on schedule"),))
    worst = max(_SEVERITY[light] for light, _reason in findings)
    light = next(light for light, _reason in findings if _SEVERITY[light] == worst)
    return DerivedLight(light, tuple(reason for _light, reason in findings))


def _milestone_findings(
    milestones: Iterable[MilestoneFacts], on: date
) -> list[tuple[TrafficLight, str]]:
    overdue = [
        (m, (on - m.due_date).days)
        for m in milestones
        if m.due_date < on and (m.completed_date is None or m.completed_date > on)
    ]
    if not overdue:
        return []
    milestone, days = max(overdue, key=lambda pair: pair[1])
    light = TrafficLight.RED if days > MILESTONE_RED_AFTER_DAYS else TrafficLight.YELLOW
    reason = ngettext(
        "milestone “%(title)s” overdue by %(days)d day (due %(due)s)",
        "milestone “%(title)s” overdue by %(days)d days (due %(due)s)",
        days,
    ) % {
        "title": milestone.title,
        "days": days,
        "due": format_date(milestone.due_date),
    }
    if len(overdue) > 1:
        more = len(overdue) - 1
        reason += " " + ngettext(
            "and %(count)d more overdue", "and %(count)d more overdue", more
        ) % {"count": more}
    return [(light, reason)]


def _schedule_findings(facts: MeasureFacts, on: date) -> list[tuple[TrafficLight, str]]:
    findings: list[tuple[TrafficLight, str]] = []
    if facts.planned_end and facts.planned_end < on:
        findings.append(
            (
                TrafficLight.RED,
                _("planned end %(end)s passed") % {"end": format_date(facts.planned_end)},
            )
        )
    if facts.status == MeasureStatus.PLANNED and facts.planned_start and facts.planned_start < on:
        delay = (on - facts.planned_start).days
        if delay > START_YELLOW_AFTER_DAYS:
            light = TrafficLight.RED if delay > START_RED_AFTER_DAYS else TrafficLight.YELLOW
            findings.append(
                (
                    light,
                    ngettext(
                        "start delayed by %(days)d day (planned %(start)s)",
                        "start delayed by %(days)d days (planned %(start)s)",
                        delay,
                    )
                    % {"days": delay, "start": format_date(facts.planned_start)},
                )
            )
    return findings


def _progress_findings(facts: MeasureFacts, on: date) -> list[tuple[TrafficLight, str]]:
    start, end = facts.planned_start, facts.planned_end
    if facts.status != MeasureStatus.IN_PROGRESS or not start or not end or not start <= on <= end:
        return []
    duration = (end - start).days
    expected = 100 if duration == 0 else round(100 * (on - start).days / duration)
    gap = expected - facts.percent_complete
    if gap < PROGRESS_YELLOW_GAP:
        return []
    light = TrafficLight.RED if gap >= PROGRESS_RED_GAP else TrafficLight.YELLOW
    return [
        (
            light,
            _("progress of %(actual)d %% lags behind the %(expected)d %% expected by now")
            % {"actual": facts.percent_complete, "expected": expected},
        )
    ]


def measure_facts(measure: Measure, *, percent_complete: int | None = None) -> MeasureFacts:
    """The facts of a stored measure; uses prefetched milestones when they are there."""
    return MeasureFacts(
        status=measure.status,
        planned_start=measure.planned_start,
        planned_end=measure.planned_end,
        percent_complete=(
            measure.percent_complete if percent_complete is None else percent_complete
        ),
        milestones=[
            MilestoneFacts(m.title, m.due_date, m.completed_date) for m in measure.milestones.all()
        ],
    )


def measure_traffic_light(
    *, measure: Measure, on: date, percent_complete: int | None = None
) -> DerivedLight:
    """The derived light of a stored measure at ``on`` (for a past period: its end)."""
    return traffic_light_derive(measure_facts(measure, percent_complete=percent_complete), on=on)
