"""6 Anhang: all measures, how light and priority are derived."""

from __future__ import annotations

from decimal import Decimal

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
    status_label,
    unit_code,
)
from sachstand.strategy.services.priority import priority_ranks

ZERO = Decimal("0.00")


def annex_section(data: ReportData) -> Section:
    state = data.current
    fields = {f.id: f for f in state.plan.fields}
    ranks = priority_ranks(state.measures())
    measures = Table(
        caption=_("All measures"),
        columns=(
            Column(_("code")),
            Column(_("measure")),
            Column(_("field of action")),
            Column(_("unit")),
            Column(_("status")),
            Column(_("rank"), "right"),
            Column(_("planned")),
        ),
        rows=tuple(
            (
                Cell(m.code),
                Cell(m.title),
                Cell(fields[m.field_of_action_id].code),
                Cell(unit_code(data, m)),
                Cell(status_label(m.status)),
                Cell(str(ranks.get(m.pk, "–"))),
                Cell(f"{format_date(m.planned_start)} – {format_date(m.planned_end)}"),
            )
            for m in state.measures()
        ),
        empty_text=_("No measures."),
    )
    light_rules = BulletList(
        (
            _("Completed measures are green; deferred and cancelled measures have no traffic "
              "light."),
            _("A milestone overdue at the reference date makes the light yellow, after more "
              "than 60 days red."),
            _("A passed planned end without completion makes the light red."),
            _("A planned measure not started 30 days after its planned start is yellow, after "
              "90 days red."),
            _("Progress 20 percentage points behind the elapsed share of the planned time is "
              "yellow, 40 points red."),
            _("The worst finding decides. A department may report another light, but must "
              "give a reason, which this report shows."),
        )
    )  # fmt: skip
    priority = Paragraph(
        _(
            "Each measure is rated 1 to 5 for benefit, urgency and effort. Its score is "
            "(benefit + urgency) / effort; open measures are ranked by score, ties by urgency "
            "and code."
        )
    )
    return Section(
        "",
        _("Annex"),
        (),
        (
            Section("", _("All measures"), (measures,)),
            Section("", _("How the traffic light is derived"), (light_rules,)),
            Section("", _("How the priority is derived"), (priority,)),
        ),
    )
