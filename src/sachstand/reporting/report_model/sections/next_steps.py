"""4 Nächste Schritte: milestones of the coming half-year by unit."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from sachstand.core.formatting import format_date
from sachstand.reporting.report_model import (
    Cell,
    Column,
    Paragraph,
    Section,
    Table,
    figures,
)
from sachstand.reporting.report_model.data import ReportData
from sachstand.reporting.report_model.sections.common import (
    due_in,
    measure_name,
    reached_by,
)
from sachstand.strategy.models import MeasureStatus

ZERO = Decimal("0.00")


def next_steps_section(data: ReportData) -> Section:
    state = data.current
    upcoming = data.half_year.next()
    measures = {m.id: m for m in state.measures()}
    by_unit: dict[int, list[Any]] = defaultdict(list)
    for milestone in sorted(due_in(state, upcoming), key=lambda m: (m.due_date, m.id)):
        measure = measures[milestone.measure_id]
        if measure.status in (MeasureStatus.CANCELLED,) or reached_by(milestone, state.on):
            continue
        by_unit[measure.org_unit_id].append((milestone, measure))
    units = sorted(by_unit, key=lambda unit_id: data.units[unit_id].code)
    subsections = tuple(
        Section(
            "",
            str(data.units[unit_id]),
            (
                Table(
                    caption=_("Milestones of %(unit)s in the %(period)s")
                    % {"unit": data.units[unit_id].code, "period": upcoming.label},
                    columns=(Column(_("due")), Column(_("measure")), Column(_("milestone"))),
                    rows=tuple(
                        (Cell(format_date(m.due_date)), Cell(measure_name(measure)), Cell(m.title))
                        for m, measure in by_unit[unit_id]
                    ),
                ),
            ),
        )
        for unit_id in units
    )
    intro = _("The milestones due in the %(period)s, by responsible unit: %(count)d in total.") % {
        "period": upcoming.label,
        "count": sum(len(v) for v in by_unit.values()),
    }
    blocks: list[Any] = [Paragraph(intro)]
    if not subsections:
        blocks.append(Paragraph(_("No milestones are due in the coming half-year.")))
    blocks.append(figures.milestones_over_time(state, upcoming))
    return Section("", _("Next steps in the coming half-year"), tuple(blocks), subsections)
