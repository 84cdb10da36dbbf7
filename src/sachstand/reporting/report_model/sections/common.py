"""Small helpers shared by the sections: labels, sums, selections."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from sachstand.reporting.report_model.data import ReportData, State
from sachstand.strategy.models import MeasureStatus, TrafficLight

ZERO = Decimal("0.00")


def status_label(value: str) -> str:
    return str(MeasureStatus(value).label)


def light_label(value: str) -> str:
    return str(TrafficLight(value).label) if value else _("none")


def measure_name(measure: Any) -> str:
    return f"{measure.code} {measure.title}"


def fields_in_order(state: State) -> list[Any]:
    return sorted(state.plan.fields, key=lambda f: (f.position, f.code))


def due_in(state: State, half_year) -> list[Any]:
    return [m for m in state.plan.milestones if half_year.contains(m.due_date)]


def reached_by(milestone: Any, on) -> bool:
    return bool(milestone.completed_date) and milestone.completed_date <= on


def cost_years(state: State, field_id: int | None = None) -> dict[int, dict[str, Decimal]]:
    field_of = {m.id: m.field_of_action_id for m in state.measures()}
    years: dict[int, dict[str, Decimal]] = defaultdict(
        lambda: {
            "investiv": ZERO,
            "konsumtiv": ZERO,
            "estimated": ZERO,
            "actual": ZERO,
            "funded": ZERO,
        }
    )
    for item in state.plan.cost_items:
        if field_id is not None and field_of.get(item.measure_id) != field_id:
            continue
        sums = years[item.year]
        sums[item.kind] += item.estimated_amount
        sums["estimated"] += item.estimated_amount
        sums["actual"] += item.actual_amount or ZERO
        sums["funded"] += item.funded_amount
    return dict(years)


def sum_rows(rows) -> dict[str, Decimal]:
    total: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for sums in rows:
        for key, value in sums.items():
            total[key] += value
    return total


def staff_per_year(state: State, field_id: int | None) -> dict[int, Decimal]:
    field_of = {m.id: m.field_of_action_id for m in state.measures()}
    staff: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for need in state.plan.staff_needs:
        if field_id is None or field_of.get(need.measure_id) == field_id:
            staff[need.year] += need.full_time_equivalents
    return dict(staff)


def unit_code(data: ReportData, measure: Any) -> str:
    unit = data.units.get(measure.org_unit_id)
    return unit.code if unit else ""
