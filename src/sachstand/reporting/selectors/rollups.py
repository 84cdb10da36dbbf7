"""Roll-ups for a reporting period: the plan's roll-up plus the lights the departments reported."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sachstand.reporting.models import ReportingPeriod, StatusUpdate
from sachstand.strategy.selectors.rollups import PlanRollup, plan_rollup


@dataclass
class PeriodRollup:
    period: ReportingPeriod
    plan: PlanRollup
    # The reported light where the measure has an update for the period, else the derived one.
    by_light: Counter[str]
    reported: dict[int, StatusUpdate]  # measure id -> its update for the period


def period_rollup(*, period: ReportingPeriod, today: date) -> PeriodRollup:
    """The roll-up of ``period`` at its end, or at ``today`` while it is still running."""
    on = min(period.end, today)
    plan = plan_rollup(municipality=period.municipality, on=on, as_it_stood=on < today)
    reported = {
        u.measure_id: u
        for u in StatusUpdate.objects.filter(period=period).only(
            "measure_id", "traffic_light", "percent_complete"
        )
    }
    by_light: Counter[str] = Counter()
    for measure_id, derived in plan.lights.items():
        update = reported.get(measure_id)
        if update is not None:
            by_light[update.traffic_light] += 1
        else:
            by_light[derived.light.value if derived.light else ""] += 1
    return PeriodRollup(period=period, plan=plan, by_light=by_light, reported=reported)
