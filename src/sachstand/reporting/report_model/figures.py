"""The report's charts as Vega-Lite specs with their data inline, plus text and table."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from sachstand.core.formatting import format_date, format_money, format_number
from sachstand.core.halfyear import HalfYear
from sachstand.reporting.report_model import Cell, Column, Figure, Table
from sachstand.reporting.report_model.data import State
from sachstand.strategy.models import TrafficLight

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
LIGHT_COLOURS = {"green": "#1a7f37", "yellow": "#9a6700", "red": "#cf222e"}


def lights_per_field(state: State) -> Figure:
    lights = [TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.RED]
    labels = [str(light.label) for light in lights]
    counts = {f.id: Counter() for f in state.plan.fields}
    for measure in state.measures():
        value = state.lights[measure.id].value
        if value:
            counts[measure.field_of_action_id][value] += 1
    fields = sorted(state.plan.fields, key=lambda f: f.position)
    values = [
        {"field": f"{f.code} {f.title}", "light": str(light.label), "count": counts[f.id][light]}
        for f in fields
        for light in lights
        if counts[f.id][light]
    ]
    spec = {
        "$schema": SCHEMA,
        "data": {"values": values},
        "mark": "bar",
        "encoding": {
            "y": {"field": "field", "type": "nominal", "title": None, "sort": None},
            "x": {
                "field": "count",
                "type": "quantitative",
                "title": _("measures"),
                "axis": {"tickMinStep": 1, "format": "d"},
            },
            "color": {
                "field": "light",
                "type": "nominal",
                "title": _("traffic light"),
                "scale": {"domain": labels, "range": [LIGHT_COLOURS[v] for v in lights]},
            },
            "order": {"field": "light", "sort": "descending"},
        },
    }
    rows = tuple(
        (Cell(f"{f.code} {f.title}"), *(Cell(str(counts[f.id][light])) for light in lights))
        for f in fields
    )
    alt = _("Bar chart of the traffic lights per field of action: %(parts)s.") % {
        "parts": "; ".join(
            f"{f.code} " + ", ".join(f"{counts[f.id][light]} {light.label}" for light in lights)
            for f in fields
        )
    }
    table = Table(
        caption=_("Traffic lights per field of action (data of the chart)"),
        columns=(Column(_("field of action")), *(Column(label, "right") for label in labels)),
        rows=rows,
    )
    return Figure(_("Traffic lights per field of action"), alt, spec, table)


def _paired_bars(
    values: list[dict], *, x: dict, labels: tuple[str, str], y_title: str, y_axis: dict
) -> dict:
    """Two bars side by side per x value (planned/reached, estimated/actual); ``values`` have
    the keys of ``x``, "kind" (one of ``labels``) and "value"."""
    return {
        "$schema": SCHEMA,
        "data": {"values": values},
        "mark": "bar",
        "encoding": {
            "x": x,
            "xOffset": {"field": "kind", "sort": list(labels)},
            "y": {"field": "value", "type": "quantitative", "title": y_title, "axis": y_axis},
            "color": {
                "field": "kind",
                "type": "nominal",
                "title": None,
                "scale": {"domain": list(labels), "range": ["#8c959f", "#0969da"]},
            },
        },
    }


def milestones_over_time(state: State, until: HalfYear) -> Figure:
    due: Counter[HalfYear] = Counter()
    reached: Counter[HalfYear] = Counter()
    for milestone in state.plan.milestones:
        due[HalfYear.containing(milestone.due_date)] += 1
        if milestone.completed_date and milestone.completed_date <= state.on:
            reached[HalfYear.containing(milestone.completed_date)] += 1
    halves = sorted(h for h in set(due) | set(reached) if h <= until)
    planned_label, reached_label = _("due"), _("reached")
    values = [
        {"half_year": h.label, "kind": kind, "value": counter[h]}
        for h in halves
        for kind, counter in ((planned_label, due), (reached_label, reached))
    ]
    spec = _paired_bars(
        values,
        x={
            "field": "half_year",
            "type": "ordinal",
            "title": None,
            "sort": None,
            "axis": {"labelAngle": 0},
        },
        labels=(planned_label, reached_label),
        y_title=_("milestones"),
        y_axis={"tickMinStep": 1, "format": "d"},
    )
    rows = tuple((Cell(h.label), Cell(str(due[h])), Cell(str(reached[h]))) for h in halves)
    alt = _("Bar chart of the milestones due and reached per half-year: %(parts)s.") % {
        "parts": "; ".join(
            _("%(half)s: %(due)d due, %(reached)d reached")
            % {"half": h.label, "due": due[h], "reached": reached[h]}
            for h in halves
        )
    }
    table = Table(
        caption=_("Milestones due and reached per half-year (data of the chart)"),
        columns=(
            Column(_("half-year")),
            Column(planned_label, "right"),
            Column(reached_label, "right"),
        ),
        rows=rows,
    )
    return Figure(_("Milestones due and reached per half-year"), alt, spec, table)


def costs_per_year(sums: dict[int, tuple[Decimal, Decimal]]) -> Figure:
    """``sums``: year -> (estimated, actual)."""
    estimated_label, actual_label = _("estimated"), _("actual")
    values = [
        {"year": str(year), "kind": kind, "value": float(amount)}
        for year, (estimated, actual) in sorted(sums.items())
        for kind, amount in ((estimated_label, estimated), (actual_label, actual))
    ]
    spec = _paired_bars(
        values,
        x={"field": "year", "type": "ordinal", "title": None, "axis": {"labelAngle": 0}},
        labels=(estimated_label, actual_label),
        y_title=_("EUR"),
        y_axis={"format": ",.0f"},
    )
    rows = tuple(
        (Cell(str(year)), Cell(format_money(estimated)), Cell(format_money(actual)))
        for year, (estimated, actual) in sorted(sums.items())
    )
    alt = _("Bar chart of the costs per year, estimated and actual: %(parts)s.") % {
        "parts": "; ".join(
            f"{year}: {format_money(estimated)} / {format_money(actual)}"
            for year, (estimated, actual) in sorted(sums.items())
        )
    }
    table = Table(
        caption=_("Costs per year, estimated and actual (data of the chart)"),
        columns=(
            Column(_("year")),
            Column(estimated_label, "right"),
            Column(actual_label, "right"),
        ),
        rows=rows,
    )
    return Figure(_("Costs per year, estimated and actual"), alt, spec, table)


def indicator_chart(indicator: Any, points: list[Any], target: Any | None, fit: Any) -> Figure:
    """Measurements, the target and the trend's forecast to the target date."""
    measured, target_label, forecast_label = _("measurement"), _("target"), _("forecast")
    values = [
        {"day": p.day.isoformat(), "value": float(p.value), "series": measured} for p in points
    ]
    if fit is not None:
        values += [
            {"day": p.day.isoformat(), "value": float(p.value), "series": forecast_label}
            for p in fit
        ]
    if target is not None:
        # The target as a level line from the first measurement to the target date.
        start = points[0].day if points else target.due_date
        values += [
            {"day": day.isoformat(), "value": float(target.value), "series": target_label}
            for day in (start, target.due_date)
        ]
    domain = [measured, forecast_label, target_label]
    spec = {
        "$schema": SCHEMA,
        "data": {"values": values},
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {
                "field": "day",
                "type": "temporal",
                "title": None,
                "axis": {"format": "%m/%Y", "labelAngle": 0},
            },
            "y": {"field": "value", "type": "quantitative", "title": indicator.unit or None},
            "color": {
                "field": "series",
                "type": "nominal",
                "title": None,
                "scale": {"domain": domain, "range": ["#0969da", "#8c959f", "#1a7f37"]},
            },
            "strokeDash": {
                "field": "series",
                "type": "nominal",
                "title": None,
                "scale": {"domain": domain, "range": [[1, 0], [6, 4], [2, 2]]},
            },
        },
    }
    unit = f" {indicator.unit}" if indicator.unit else ""
    rows = tuple(
        (Cell(format_date(p.day)), Cell(f"{format_number(p.value, 1)}{unit}")) for p in points
    )
    alt = _("Line chart of %(name)s: %(points)s; target %(target)s.") % {
        "name": indicator.name,
        "points": "; ".join(
            f"{format_date(p.day)} {format_number(p.value, 1)}{unit}" for p in points
        )
        or _("no measurements"),
        "target": (
            f"{format_number(target.value, 1)}{unit} ({format_date(target.due_date)})"
            if target
            else "–"
        ),
    }
    table = Table(
        caption=_("Measurements of %(name)s (data of the chart)") % {"name": indicator.name},
        columns=(Column(_("date")), Column(_("value"), "right")),
        rows=rows,
        empty_text=_("no measurements"),
    )
    return Figure(f"{indicator.code} {indicator.name}", alt, spec, table)
