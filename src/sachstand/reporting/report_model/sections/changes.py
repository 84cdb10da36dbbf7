"""2 Veränderungen seit dem letzten Bericht, from the history."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sachstand.core.formatting import format_date, format_money
from sachstand.reporting.report_model import (
    Cell,
    Column,
    Paragraph,
    Section,
    Table,
)
from sachstand.reporting.report_model.changes import Changes
from sachstand.reporting.report_model.data import ReportData
from sachstand.reporting.report_model.sections.common import (
    light_label,
    measure_name,
    status_label,
)

ZERO = Decimal("0.00")


def changes_section(data: ReportData, changes: Changes) -> Section:
    fields = {f.id: f for f in data.current.plan.fields}
    none = _("none")
    blocks: list[Any] = [
        Paragraph(_("Compared with: %(baseline)s.") % {"baseline": data.baseline_label})
    ]
    blocks.append(
        _measure_table(
            _("New measures"),
            [(m, fields[m.field_of_action_id].code) for m in changes.added],
            _("field of action"),
            none,
        )
    )
    blocks.append(
        _measure_table(
            _("Completed measures"),
            [(m, format_date(m.actual_end)) for m in changes.completed],
            _("completed on"),
            none,
        )
    )
    blocks.append(
        _measure_table(
            _("Cancelled or deferred measures"),
            [(m, status_label(m.status)) for m in changes.stopped],
            _("status"),
            none,
        )
    )
    blocks.append(
        Table(
            caption=_("Traffic-light changes"),
            columns=(Column(_("measure")), Column(_("before")), Column(_("now"))),
            rows=tuple(
                (Cell(measure_name(m)), Cell(light_label(old), old), Cell(light_label(new), new))
                for m, old, new in changes.lights
            ),
            empty_text=none,
        )
    )
    blocks.append(_reached_table(changes, none))
    blocks.append(_slipped_table(changes, none))
    blocks.append(
        Table(
            caption=_("Changes of the cost estimates"),
            columns=(
                Column(_("measure")),
                Column(_("before"), "right"),
                Column(_("now"), "right"),
                Column(_("difference"), "right"),
            ),
            rows=tuple(
                (
                    Cell(measure_name(m)),
                    Cell(format_money(old)),
                    Cell(format_money(new)),
                    Cell(("+" if new > old else "") + format_money(new - old)),
                )
                for m, old, new in changes.costs
            ),
            empty_text=none,
        )
    )
    blocks.append(_assessment_changes(data, none))
    return Section("", _("Changes since the last report"), tuple(blocks))


def _measure_table(caption: str, rows: list[tuple[Any, str]], label: str, empty: str) -> Table:
    return Table(
        caption=caption,
        columns=(Column(_("code")), Column(_("measure")), Column(label)),
        rows=tuple((Cell(m.code), Cell(m.title), Cell(value)) for m, value in rows),
        empty_text=empty,
    )


def _days(days: int) -> str:
    return ngettext("%(days)d day", "%(days)d days", days) % {"days": days}


def _reached_table(changes: Changes, empty: str) -> Table:
    rows = tuple(
        (
            Cell(measure_name(c.measure)),
            Cell(c.milestone.title),
            Cell(format_date(c.milestone.due_date)),
            Cell(format_date(c.milestone.completed_date)),
            Cell(_("on time") if c.days == 0 else _("%(days)s late") % {"days": _days(c.days)}),
        )
        for c in changes.reached
    )
    return Table(
        caption=_("Milestones reached"),
        columns=(
            Column(_("measure")),
            Column(_("milestone")),
            Column(_("due")),
            Column(_("reached")),
            Column(_("punctuality")),
        ),
        rows=rows,
        empty_text=empty,
    )


def _slipped_table(changes: Changes, empty: str) -> Table:
    rows = tuple(
        (
            Cell(measure_name(c.measure)),
            Cell(c.milestone.title),
            Cell(format_date(c.before.due_date)),
            Cell(format_date(c.milestone.due_date)),
            Cell(_("moved by %(days)s") % {"days": _days(c.days)}),
        )
        for c in changes.slipped
    )
    return Table(
        caption=_("Milestones moved"),
        columns=(
            Column(_("measure")),
            Column(_("milestone")),
            Column(_("due before")),
            Column(_("due now")),
            Column(_("slippage")),
        ),
        rows=rows,
        empty_text=empty,
    )


def _assessment_changes(data: ReportData, empty: str) -> Table:
    from sachstand.reporting.report_model.sections.goals import LIGHT_OF_STATUS, status_label

    before = data.baseline.indicators
    rows = []
    for indicator_id, now in sorted(
        data.current.indicators.items(), key=lambda pair: pair[1].indicator.code
    ):
        old = before.get(indicator_id)
        if old is None or old.assessment.status == now.assessment.status:
            continue
        rows.append(
            (
                Cell(f"{now.indicator.code} {now.indicator.name}"),
                Cell(status_label(old.assessment.status), LIGHT_OF_STATUS[old.assessment.status]),
                Cell(status_label(now.assessment.status), LIGHT_OF_STATUS[now.assessment.status]),
            )
        )
    return Table(
        caption=_("Indicators whose assessment changed"),
        columns=(Column(_("indicator")), Column(_("before")), Column(_("now"))),
        rows=tuple(rows),
        empty_text=empty,
    )
