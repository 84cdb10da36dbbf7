"""The public pages: what a municipality plans and how far it is, without login.

Everything shown comes through ``reporting.selectors.public`` (the one place that decides what
is public); numbers and dates are formatted in German here, the templates only lay them out.
Each page runs a fixed number of queries, whatever the number of measures.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from sachstand.core.formatting import format_date, format_number
from sachstand.core.halfyear import HalfYear
from sachstand.indicators.assessment import Status
from sachstand.indicators.selectors import goal_statuses, indicator_states
from sachstand.municipalities.models import Municipality
from sachstand.participation.views import field_questions, measure_questions
from sachstand.portal.charts import cached_svg
from sachstand.reporting.report_model import figures
from sachstand.reporting.report_model.sections.goals import LIGHT_OF_STATUS, status_label
from sachstand.reporting.selectors import public
from sachstand.strategy.models import MeasureStatus, TrafficLight

LIGHTS = (TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.RED)


def _municipality(slug: str) -> Municipality:
    return get_object_or_404(public.public_municipalities(), slug=slug)


def _page(request: HttpRequest, template: str, municipality: Municipality | None, **context):
    return render(request, f"portal/{template}", {"municipality": municipality, **context})


@dataclass(frozen=True)
class Chart:
    """A chart as the page shows it: SVG with a text alternative, and its data as a table."""

    title: str
    alt_text: str
    svg: str
    table: Any


def _chart(figure) -> Chart:
    # Our own chart from our own data; Vega escapes the text it draws.
    return Chart(figure.title, figure.alt_text, mark_safe(cached_svg(figure)), figure.table)


def _light_label(value: str) -> str:
    return str(TrafficLight(value).label) if value else _("no traffic light")


def index(request: HttpRequest) -> HttpResponse:
    return _page(request, "index.html", None, municipalities=public.public_municipalities())


def _indicator_view(municipality: Municipality) -> tuple[list[Any], dict[int, Any], dict]:
    indicators = list(public.public_indicators(municipality))
    states = indicator_states(
        indicators=indicators,
        targets=[t for i in indicators for t in i.targets.all()],
        measurements=[m for i in indicators for m in i.measurements.all()],
        on=timezone.localdate(),
    )
    goals = goal_statuses(states, {i.id: [g.id for g in i.goals.all()] for i in indicators})
    return indicators, states, goals


def overview(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _municipality(slug)
    fields = list(public.public_fields(municipality))
    measures = list(
        public.public_measures(municipality)
        .select_related(None)
        .order_by()  # sorting by the German collation costs; the order does not matter here
        .only("id", "field_of_action_id", "status")
    )
    progress = public.public_progress(municipality)
    lights = public.public_lights_cached(municipality)
    per_field: dict[int, dict[str, Any]] = {
        f.id: {"field": f, "measures": 0, "completed": 0, "percent": 0, "lights": Counter()}
        for f in fields
    }
    for measure in measures:
        row = per_field[measure.field_of_action_id]
        row["measures"] += 1
        row["completed"] += measure.status == MeasureStatus.COMPLETED
        row["percent"] += progress[measure.id] or 0
        row["lights"][lights[measure.id].value] += 1
    rows = []
    for row in per_field.values():
        count = row["measures"]
        rows.append(
            {
                **row,
                "progress": round(row["percent"] / count) if count else 0,
                "light_counts": [row["lights"][light] for light in LIGHTS],
            }
        )
    _indicators, _states, goal_status = _indicator_view(municipality)
    goal_counts = Counter(goal_status.values())
    statuses = Counter(m.status for m in measures)
    chart = _chart(
        figures.lights_per_field_of(fields, measures, {i: x.value for i, x in lights.items()})
    )
    return _page(
        request,
        "overview.html",
        municipality,
        strategy=public.public_strategy(municipality),
        rows=rows,
        light_labels=[light.label for light in LIGHTS],
        chart=chart,
        key_figures=[
            (_("measures"), format_number(len(measures))),
            (_("completed"), format_number(statuses[MeasureStatus.COMPLETED])),
            (_("in progress"), format_number(statuses[MeasureStatus.IN_PROGRESS])),
            (
                _("goals on track or reached"),
                format_number(goal_counts[Status.ON_TRACK] + goal_counts[Status.REACHED]),
            ),
            (
                _("goals at risk or off track"),
                format_number(goal_counts[Status.AT_RISK] + goal_counts[Status.OFF_TRACK]),
            ),
        ],
        latest=public.released_periods(municipality).first(),
    )


def _percent(value: int | None) -> str:
    return "–" if value is None else f"{format_number(value)}\u00a0%"


def _measure_rows(
    measures: list[Any], lights: dict[int, public.PublicLight], progress: dict[int, int | None]
) -> list[dict]:
    return [
        {
            "measure": m,
            "status": MeasureStatus(m.status).label,
            "light": lights[m.id].value,
            "light_label": _light_label(lights[m.id].value),
            "reason": lights[m.id].reason,
            "percent": _percent(progress[m.id]),
        }
        for m in measures
    ]


def field_of_action(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    municipality = _municipality(slug)
    field = get_object_or_404(public.public_fields(municipality), pk=pk)
    measures = [m for m in public.public_measures(municipality) if m.field_of_action_id == pk]
    progress = public.public_progress(municipality)
    _indicators, _states, goal_status = _indicator_view(municipality)
    goals = [
        {
            "goal": g,
            "status": status_label(goal_status.get(g.id, Status.UNKNOWN)),
            "light": LIGHT_OF_STATUS[goal_status.get(g.id, Status.UNKNOWN)],
        }
        for g in public.public_goals(municipality).filter(field_of_action=field)
    ]
    return _page(
        request,
        "field.html",
        municipality,
        field=field,
        goals=goals,
        rows=_measure_rows(
            measures, public.public_lights(municipality, progress=progress), progress
        ),
        questions=field_questions(municipality, field.pk),
    )


def measure(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    municipality = _municipality(slug)
    item = get_object_or_404(public.public_measures(municipality), pk=pk)
    light = public.public_lights(municipality)[item.pk]
    today = timezone.localdate()
    milestones = [
        {
            "title": m.title,
            "due": format_date(m.due_date),
            "due_iso": m.due_date.isoformat(),
            "completed": format_date(m.completed_date) if m.completed_date else "",
            "state": _("reached")
            if m.completed_date
            else (_("overdue") if m.due_date < today else _("open")),
        }
        for m in public.public_milestones(municipality).filter(measure=item)
    ]
    updates = [
        {
            "half_year": u.period.half_year.label,
            "light": u.traffic_light,
            "light_label": _light_label(u.traffic_light),
            "percent": format_number(u.percent_complete),
            "summary": u.summary,
            "next_steps": u.next_steps,
            "reason": u.deviation_reason,
        }
        for u in public.public_updates(municipality).filter(measure=item)
    ]
    return _page(
        request,
        "measure.html",
        municipality,
        measure=item,
        status=MeasureStatus(item.status).label,
        light=light,
        light_label=_light_label(light.value),
        light_half_year=HalfYear.parse(light.half_year).label if light.reported else "",
        percent=_percent(public.public_progress(municipality)[item.pk]),
        planned=(format_date(item.planned_start), format_date(item.planned_end)),
        milestones=milestones,
        updates=list(reversed(updates)),
        questions=measure_questions(municipality, item),
    )


def _assessed(state) -> dict[str, Any]:
    ind, last, target = state.indicator, state.points[-1] if state.points else None, state.target
    unit = f" {ind.unit}" if ind.unit else ""
    return {
        "indicator": ind,
        "latest": f"{format_number(last.value, 1)}{unit} ({format_date(last.day)})"
        if last
        else "–",
        "target": f"{format_number(target.value, 1)}{unit} ({format_date(target.due_date)})"
        if target
        else "–",
        "status": status_label(state.assessment.status),
        "light": LIGHT_OF_STATUS[state.assessment.status],
        "sentence": state.assessment.sentence,
    }


def indicators(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _municipality(slug)
    items, states, _goals = _indicator_view(municipality)
    return _page(
        request, "indicators.html", municipality, rows=[_assessed(states[i.id]) for i in items]
    )


def indicator(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    municipality = _municipality(slug)
    _items, states, _goals = _indicator_view(municipality)
    state = states.get(pk)
    if state is None:
        raise Http404
    chart = _chart(
        figures.indicator_chart(state.indicator, state.points, state.target, state.assessment.fit)
    )
    return _page(request, "indicator.html", municipality, row=_assessed(state), chart=chart)


def next_half_year(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _municipality(slug)
    upcoming = HalfYear.containing(timezone.localdate()).next()
    by_measure: dict[int, list[Any]] = defaultdict(list)
    for m in public.public_milestones(municipality).filter(
        due_date__range=(upcoming.start, upcoming.end), completed_date__isnull=True
    ):
        by_measure[m.measure_id].append(m)
    measures = [m for m in public.public_measures(municipality) if m.id in by_measure]
    return _page(
        request,
        "next.html",
        municipality,
        half_year=upcoming.label,
        items=[
            {
                "measure": m,
                "milestones": [
                    {
                        "title": ms.title,
                        "due": format_date(ms.due_date),
                        "due_iso": ms.due_date.isoformat(),
                    }
                    for ms in by_measure[m.id]
                ],
            }
            for m in measures
        ],
    )


def reports(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _municipality(slug)
    rows = [
        {
            "report": r,
            "half_year": r.period.half_year.label,
            "released": format_date(timezone.localdate(r.released_at)),
        }
        for r in public.public_reports(municipality)
    ]
    return _page(request, "reports.html", municipality, rows=rows)


FORMATS = {
    "pdf": ("application/pdf", "pdf"),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    "html": ("text/html; charset=utf-8", "html"),
}


def report_file(request: HttpRequest, slug: str, pk: int, fmt: str) -> HttpResponse:
    municipality = _municipality(slug)
    if fmt not in FORMATS:
        raise Http404
    content_type, field = FORMATS[fmt]
    field = f"public_{field}"  # the public edition, never the council's
    report = get_object_or_404(
        public.public_reports(municipality).only(
            "pk", "period__half_year", "version", "committee", field
        ),
        pk=pk,
    )
    data = getattr(report, field)
    payload = data.encode() if isinstance(data, str) else bytes(data)
    name = f"sachstandsbericht-{municipality.slug}-{report.period.half_year}-v{report.version}"
    if report.committee_id:
        name += f"-{report.committee.slug}"
    response = HttpResponse(payload, content_type=content_type)
    if fmt != "html":
        response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def open_data(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _municipality(slug)
    datasets = [
        ("massnahmen", _("Measures")),
        ("meilensteine", _("Milestones")),
        ("kennzahlen", _("Indicators")),
        ("messwerte", _("Measurements")),
        ("onlinedienste", _("Online services")),
    ]
    return _page(request, "data.html", municipality, datasets=datasets)
