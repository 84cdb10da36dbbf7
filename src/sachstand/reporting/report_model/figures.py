"""The report's charts as Vega-Lite specs with their data inline, plus text and table."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from sachstand.core.collation import german_sort_key
from sachstand.core.formatting import format_date, format_money, format_number
from sachstand.core.halfyear import HalfYear
from sachstand.onlineservices.selectors import RegisterFigures, ScaleInfo
from sachstand.reporting.report_model import Cell, Column, Figure, Table
from sachstand.reporting.report_model.data import State
from sachstand.strategy.models import TrafficLight

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
LIGHT_COLOURS = {"green": "#1a7f37", "yellow": "#9a6700", "red": "#cf222e"}
# Maturity levels: greys below the OZG-compliant level, greens from it, both light to dark.
BELOW_COMPLIANT = ("#e1e6eb", "#9aa4ae")
COMPLIANT = ("#57c776", "#044f1e")


def lights_per_field(state: State) -> Figure:
    return lights_per_field_of(
        state.plan.fields,
        state.measures(),
        {m.id: state.lights[m.id].value for m in state.measures()},
    )


def lights_per_field_of(fields: list[Any], measures: list[Any], light_of: dict[int, str]) -> Figure:
    """The traffic lights per field of action; ``light_of`` maps a measure's id to its light
    (green/yellow/red, "" for none). Shared by the report and the public pages."""
    lights = [TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.RED]
    labels = [str(light.label) for light in lights]
    counts = {f.id: Counter() for f in fields}
    for measure in measures:
        value = light_of.get(measure.id, "")
        if value:
            counts[measure.field_of_action_id][value] += 1
    fields = sorted(fields, key=lambda f: f.position)
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


def topic_label(themenfeld: str) -> str:
    return themenfeld or _("without topic")


def level_label(scale: ScaleInfo, level: int) -> str:
    """ "3 Online-Leistung": the level with its name on ``scale``."""
    name = scale.levels.get(level, "")
    return f"{level} {name}".strip()


def _ramp(start: str, end: str, steps: int) -> list[str]:
    """``steps`` colours from ``start`` to ``end`` (hex), evenly spaced."""
    a = [int(start[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(end[i : i + 2], 16) for i in (1, 3, 5)]
    return [
        "#"
        + "".join(
            f"{round(x + (y - x) * n / max(steps - 1, 1)):02x}" for x, y in zip(a, b, strict=True)
        )
        for n in range(steps)
    ]


def maturity_colours(scale: ScaleInfo) -> list[str]:
    levels = sorted(scale.levels)
    below = sum(1 for level in levels if level < scale.compliant_level)
    return _ramp(*BELOW_COMPLIANT, below) + _ramp(*COMPLIANT, len(levels) - below)


def maturity_per_topic(register: RegisterFigures) -> Figure:
    """Services on the municipality's scale per topic, stacked by maturity level."""
    scale = register.scale
    levels = sorted(scale.levels)
    labels = [level_label(scale, level) for level in levels]
    counts = register.by_level()
    topics = sorted(counts, key=lambda t: (not t, german_sort_key(t)))
    values = [
        {"topic": topic_label(t), "level": level_label(scale, lv), "rank": lv, "count": n}
        for t in topics
        for lv in levels
        if (n := counts[t][lv])
    ]
    widest = max((sum(counts[t].values()) for t in topics), default=1)
    spec = {
        "$schema": SCHEMA,
        "data": {"values": values},
        "mark": {"type": "bar", "stroke": "white", "strokeWidth": 1},
        "encoding": {
            "y": {"field": "topic", "type": "nominal", "title": None, "sort": None},
            "x": {
                "field": "count",
                "type": "quantitative",
                "title": _("online services"),
                # Whole numbers only: Vega ignores tickMinStep here, a tick count keeps steps ≥ 1.
                "axis": {"tickCount": min(widest, 10), "format": "d"},
            },
            "color": {
                "field": "level",
                "type": "nominal",
                "title": _("maturity level"),
                "scale": {"domain": labels, "range": maturity_colours(scale)},
            },
            "order": {"field": "rank", "sort": "ascending"},
        },
    }
    totals = {lv: sum(counts[t][lv] for t in topics) for lv in levels}
    rows = tuple(
        (
            Cell(topic_label(t)),
            *(Cell(format_number(counts[t][lv])) for lv in levels),
            Cell(format_number(sum(counts[t].values()))),
        )
        for t in topics
    )
    footer = (
        (
            Cell(_("total"), strong=True),
            *(Cell(format_number(totals[lv]), strong=True) for lv in levels),
            Cell(format_number(sum(totals.values())), strong=True),
        ),
    )
    alt = _(
        "Stacked bar chart of the online services per topic by maturity level (%(scale)s): "
        "%(parts)s."
    ) % {
        "scale": scale.name,
        "parts": "; ".join(
            f"{topic_label(t)} – "
            + ", ".join(
                f"{level_label(scale, lv)}: {format_number(counts[t][lv])}"
                for lv in levels
                if counts[t][lv]
            )
            for t in topics
        ),
    }
    table = Table(
        caption=_("Maturity levels per topic (data of the chart)"),
        columns=(
            Column(_("topic")),
            *(Column(label, "right") for label in labels),
            Column(_("total"), "right"),
        ),
        rows=rows,
        footer=footer if rows else (),
    )
    return Figure(_("Maturity levels of the online services per topic"), alt, spec, table)
