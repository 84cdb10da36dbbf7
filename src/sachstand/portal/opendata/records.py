"""The rows of each open dataset, as plain values, read through the public selectors.

A row is a dict of column key -> value: str, int, Decimal, date, bool, None, or a list of such
values or of small dicts. ``formats`` writes them as CSV or JSON. Every reader takes the
municipality and runs a fixed number of queries, whatever the number of rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Prefetch

from sachstand.indicators.models import Direction, Source
from sachstand.municipalities.models import Municipality
from sachstand.portal.opendata.selectors import latest_released_updates
from sachstand.reporting.selectors.public import (
    public_indicators,
    public_lights,
    public_measurements,
    public_measures,
    public_milestones,
    public_online_services,
    public_progress,
)
from sachstand.strategy.models import Measure, MeasureStatus, TrafficLight

Row = dict[str, Any]
MeasureUrl = Callable[[int], str]  # measure id -> absolute URL of its public page, or ""


def _label(choices: Any, value: str) -> str:
    return str(choices(value).label) if value else ""


def _org_unit(unit: Any) -> str:
    return str(unit) if unit is not None else ""


def measure_rows(municipality: Municipality, measure_url: MeasureUrl) -> list[Row]:
    measures = public_measures(municipality).prefetch_related("goals")
    progress = public_progress(municipality)
    lights = public_lights(municipality, progress=progress)
    updates = latest_released_updates(municipality)
    rows = []
    for m in measures:
        light, update = lights.get(m.pk), updates.get(m.pk)
        rows.append(
            {
                "code": m.code,
                "title": m.title,
                "description": m.description,
                "field_of_action_code": m.field_of_action.code,
                "field_of_action": m.field_of_action.title,
                "goals": [g.code for g in m.goals.all()],
                "org_unit": _org_unit(m.org_unit),
                "status": m.status,
                "status_label": _label(MeasureStatus, m.status),
                "priority_rank": m.priority_rank,
                "planned_start": m.planned_start,
                "planned_end": m.planned_end,
                "actual_end": m.actual_end,
                "percent_complete": progress.get(m.pk),
                "traffic_light": light.value if light else "",
                "traffic_light_label": _label(TrafficLight, light.value if light else ""),
                "traffic_light_reason": light.reason if light else "",
                "traffic_light_reported": light.reported if light else False,
                "update_half_year": str(update.period.half_year) if update else "",
                "update_summary": update.summary if update else "",
                "update_next_steps": update.next_steps if update else "",
                "council_reference": m.council_reference,
                "council_reference_date": m.council_reference_date,
                "url": measure_url(m.pk),
            }
        )
    return rows


def milestone_rows(municipality: Municipality, measure_url: MeasureUrl) -> list[Row]:
    return [
        {
            "measure_code": milestone.measure.code,
            "measure_title": milestone.measure.title,
            "title": milestone.title,
            "due_date": milestone.due_date,
            "completed_date": milestone.completed_date,
            "measure_url": measure_url(milestone.measure_id),
        }
        for milestone in public_milestones(municipality)
    ]


def indicator_rows(municipality: Municipality, measure_url: MeasureUrl) -> list[Row]:
    rows = []
    for indicator in public_indicators(municipality).select_related("org_unit"):
        measurements = list(indicator.measurements.all())
        latest = measurements[-1] if measurements else None
        rows.append(
            {
                "code": indicator.code,
                "name": indicator.name,
                "unit": indicator.unit,
                "direction": indicator.direction,
                "direction_label": _label(Direction, indicator.direction),
                "definition": indicator.definition,
                "source_label": _label(Source, indicator.source),
                "org_unit": _org_unit(indicator.org_unit),
                "goals": [g.code for g in indicator.goals.all()],
                "baseline_value": indicator.baseline_value,
                "baseline_date": indicator.baseline_date,
                "targets": [
                    {"due_date": t.due_date, "value": t.value} for t in indicator.targets.all()
                ],
                "latest_value": latest.value if latest else None,
                "latest_date": latest.date if latest else None,
            }
        )
    return rows


def measurement_rows(municipality: Municipality, measure_url: MeasureUrl) -> list[Row]:
    return [
        {
            "indicator_code": m.indicator.code,
            "unit": m.indicator.unit,
            "date": m.date,
            "value": m.value,
            "source": m.source,
        }
        for m in public_measurements(municipality)
    ]


def online_service_rows(municipality: Municipality, measure_url: MeasureUrl) -> list[Row]:
    # Only the public measures that raise a service may be named.
    raising = Measure.objects.filter(is_public=True).only("id", "code").order_by("code")
    services = public_online_services(municipality).prefetch_related(
        Prefetch("measures", queryset=raising, to_attr="public_measures")
    )
    return [
        {
            "name": s.name,
            "leika_key": s.leika_key,
            "ozg_id": s.ozg_id,
            "ozg_name": s.ozg_service.name if s.ozg_service_id else "",
            "themenfeld": s.themenfeld,
            "lebenslage": s.lebenslage,
            "org_unit": _org_unit(s.org_unit),
            "url": s.url,
            "scale": s.scale.code,
            "level": s.level,
            "compliant": s.level >= s.scale.compliant_level,
            "e_payment": s.e_payment,
            "citizen_account": s.citizen_account,
            "online_since": s.online_since,
            "measures": [m.code for m in s.public_measures],  # type: ignore[attr-defined]
        }
        for s in services
    ]
