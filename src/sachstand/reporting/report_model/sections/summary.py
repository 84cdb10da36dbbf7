"""1 Zusammenfassung: key figures and a paragraph per field of action."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext, npgettext

from sachstand.core.formatting import format_date, format_money, format_number
from sachstand.reporting.report_model import (
    Cell,
    Column,
    Paragraph,
    Section,
    Table,
    figures,
)
from sachstand.reporting.report_model.data import ReportData, State
from sachstand.reporting.report_model.sections.common import (
    cost_years,
    due_in,
    fields_in_order,
    reached_by,
    staff_per_year,
    status_label,
    sum_rows,
)
from sachstand.reporting.report_model.sections.goals import goal_counts_sentence
from sachstand.strategy.models import MeasureStatus, TrafficLight

ZERO = Decimal("0.00")


def measures_counted(count: int) -> str:
    # The same words as the reporting round's page, so one entry of the catalogue.
    return ngettext("%(count)s measure", "%(count)s measures", count) % {"count": count}


def summary_section(data: ReportData) -> Section:
    state = data.current
    measures = state.measures()
    statuses = Counter(m.status for m in measures)
    lights = Counter(state.lights[m.id].value for m in measures)
    due = due_in(state, data.half_year)
    reached = [m for m in due if reached_by(m, state.on)]
    reported = sum(1 for m in measures if m.id in state.updates)
    intro = _(
        "This report presents the state of the digitalisation of %(municipality)s in the "
        "%(period)s, as of %(date)s. It covers %(measures)s in %(fields)s; %(reported)s."
    ) % {
        "municipality": data.municipality.name,
        "period": data.half_year.label,
        "date": format_date(state.on),
        "measures": measures_counted(len(measures)),
        "fields": npgettext(
            "in", "%(count)d field of action", "%(count)d fields of action", len(state.plan.fields)
        )
        % {"count": len(state.plan.fields)},
        "reported": ngettext(
            "%(count)d status update was received for the period",
            "%(count)d status updates were received for the period",
            reported,
        )
        % {"count": reported},
    }
    if data.public:
        intro += " " + _(
            "This is the public edition: it shows the measures, indicators and online services "
            "marked public and leaves out the risks; the council received the full report."
        )
    key_rows = [(Cell(_("measures in total")), Cell(str(len(measures)), strong=True))]
    key_rows += [
        (Cell(status_label(s)), Cell(str(statuses.get(s, 0)))) for s in MeasureStatus.values
    ]
    key_rows += [
        (Cell(_("traffic light %(light)s") % {"light": light.label}, light.value),
         Cell(str(lights.get(light.value, 0))))
        for light in TrafficLight
    ]  # fmt: skip
    key_rows += [
        (Cell(_("milestones due in the half-year")), Cell(str(len(due)))),
        (Cell(_("of which reached")), Cell(str(len(reached)))),
        (Cell(_("status updates received")), Cell(f"{reported} / {len(measures)}")),
    ]
    key_figures = Table(
        caption=_("Key figures"),
        columns=(Column(_("figure")), Column(_("value"), "right")),
        rows=tuple(key_rows),
    )
    blocks = [Paragraph(intro)]
    if state.goals:
        blocks.append(Paragraph(goal_counts_sentence(state.goals)))
    blocks += [key_figures, _money_per_year(state)]
    blocks += [Paragraph(_field_sentence(data, f)) for f in fields_in_order(state)]
    blocks.append(figures.lights_per_field(state))
    return Section("", _("Summary"), tuple(blocks))


def _money_per_year(state: State) -> Table:
    years = cost_years(state)
    staff = staff_per_year(state, None)
    rows = tuple(
        (
            Cell(str(year)),
            Cell(format_money(sums["estimated"])),
            Cell(format_money(sums["actual"])),
            Cell(format_money(sums["funded"])),
            Cell(format_number(staff.get(year, ZERO), 2)),
        )
        for year, sums in sorted(years.items())
    )
    total = sum_rows(years.values())
    footer = (
        (
            Cell(_("total"), strong=True),
            Cell(format_money(total["estimated"]), strong=True),
            Cell(format_money(total["actual"]), strong=True),
            Cell(format_money(total["funded"]), strong=True),
            Cell(format_number(sum(staff.values(), ZERO), 2), strong=True),
        ),
    )
    return Table(
        caption=_("Costs and staff per year"),
        columns=(
            Column(_("year")),
            Column(_("estimated"), "right"),
            Column(_("actual"), "right"),
            Column(_("funded"), "right"),
            Column(_("staff (FTE)"), "right"),
        ),
        rows=rows,
        footer=footer if rows else (),
        empty_text=_("No costs recorded."),
    )


def _field_sentence(data: ReportData, field: Any) -> str:
    state = data.current
    measures = [m for m in state.measures() if m.field_of_action_id == field.id]
    lights = Counter(state.lights[m.id].value for m in measures)
    completed = sum(1 for m in measures if m.status == MeasureStatus.COMPLETED)
    ids = {m.id for m in measures}
    due = [m for m in due_in(state, data.half_year) if m.measure_id in ids]
    reached = sum(1 for m in due if reached_by(m, state.on))
    return _(
        "%(field)s: %(measures)s, %(completed)d of them completed; traffic lights "
        "%(green)d green, %(yellow)d yellow, %(red)d red. Milestones due in the half-year: "
        "%(due)d, of which reached: %(reached)d."
    ) % {
        "field": f"{field.code} {field.title}",
        "measures": measures_counted(len(measures)),
        "completed": completed,
        "green": lights["green"],
        "yellow": lights["yellow"],
        "red": lights["red"],
        "reached": reached,
        "due": len(due),
    }
