"""3 One section per field of action: goals, measures, Sachstand texts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from sachstand.core.formatting import format_date
from sachstand.reporting.report_model import (
    BulletList,
    Cell,
    Column,
    Paragraph,
    Section,
    Table,
)
from sachstand.reporting.report_model.data import ReportData
from sachstand.reporting.report_model.sections.common import (
    fields_in_order,
    light_label,
    measure_name,
    reached_by,
    status_label,
    unit_code,
)

ZERO = Decimal("0.00")


def fields_section(data: ReportData) -> Section:
    subsections = tuple(_field_section(data, f) for f in fields_in_order(data.current))
    return Section(
        "",
        _("Fields of action"),
        () if subsections else (Paragraph(_("This report covers no field of action.")),),
        subsections,
    )


def _field_section(data: ReportData, field: Any) -> Section:
    state = data.current
    goals = sorted(
        (g for g in state.plan.goals if g.field_of_action_id == field.id), key=lambda g: g.code
    )
    measures = [m for m in state.measures() if m.field_of_action_id == field.id]
    blocks: list[Any] = []
    if field.description:
        blocks.append(Paragraph(field.description))
    if goals:
        blocks.append(Paragraph(_("Goals"), strong=True))
        blocks.append(BulletList(tuple(f"{g.code} {g.title}" for g in goals)))
    blocks.append(_field_measures_table(data, field, measures))
    blocks.append(Paragraph(_("Status of the measures"), strong=True))
    for measure in measures:
        blocks.extend(_status_texts(data, measure))
    return Section("", f"{field.code} {field.title}", tuple(blocks))


def _field_measures_table(data: ReportData, field: Any, measures: list[Any]) -> Table:
    state = data.current
    rows = []
    for measure in measures:
        light = state.lights[measure.id]
        update = state.updates.get(measure.id)
        percent = update.percent_complete if update else measure.percent_complete
        next_milestone = next(
            (m for m in state.plan.milestones_of(measure.id) if not reached_by(m, state.on)), None
        )
        light_text = light_label(light.value) + (f" – {light.reason}" if light.value else "")
        rows.append(
            (
                Cell(measure.code),
                Cell(measure.title),
                Cell(unit_code(data, measure)),
                Cell(status_label(measure.status)),
                Cell(light_text, light.value),
                Cell(f"{percent}\u00a0%"),
                Cell(
                    f"{format_date(next_milestone.due_date)} {next_milestone.title}"
                    if next_milestone
                    else "–"
                ),
            )
        )
    return Table(
        caption=_("Measures in %(field)s") % {"field": f"{field.code} {field.title}"},
        columns=(
            Column(_("code")),
            Column(_("measure")),
            Column(_("unit")),
            Column(_("status")),
            Column(_("traffic light and reason")),
            Column(_("progress"), "right"),
            Column(_("next milestone")),
        ),
        rows=tuple(rows),
        empty_text=_("No measures in this field of action."),
    )


def _status_texts(data: ReportData, measure: Any) -> list[Paragraph]:
    update = data.current.updates.get(measure.id)
    blocks = [Paragraph(measure_name(measure), strong=True)]
    if update is None:
        blocks.append(Paragraph(_("no status update")))
        return blocks
    blocks.append(Paragraph(_("Status: %(text)s") % {"text": update.summary}))
    if update.next_steps:
        blocks.append(Paragraph(_("Next steps: %(text)s") % {"text": update.next_steps}))
    if update.risks:
        blocks.append(Paragraph(_("Risks: %(text)s") % {"text": update.risks}))
    light = data.current.lights[measure.id]
    if light.reported and light.derived and light.value != light.derived:
        blocks.append(
            Paragraph(
                _(
                    "Reported traffic light %(reported)s differs from the derived %(derived)s "
                    "(%(reason)s). Reason given: %(deviation)s"
                )
                % {
                    "reported": light_label(light.value),
                    "derived": light_label(light.derived),
                    "reason": light.reason,
                    "deviation": light.deviation_reason,
                }
            )
        )
    return blocks
