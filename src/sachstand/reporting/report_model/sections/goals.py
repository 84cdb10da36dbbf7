"""Zielerreichung: whether each goal will be reached on time, from its indicators' trends."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.utils.translation import gettext as _

from sachstand.core.formatting import format_date, format_number
from sachstand.indicators.assessment import Status
from sachstand.reporting.report_model import Cell, Column, Paragraph, Section, Table, figures
from sachstand.reporting.report_model.data import ReportData

LIGHT_OF_STATUS = {
    Status.REACHED: "green",
    Status.ON_TRACK: "green",
    Status.AT_RISK: "yellow",
    Status.OFF_TRACK: "red",
    Status.UNKNOWN: "",
}


def status_label(status: Status) -> str:
    return {
        Status.REACHED: _("reached"),
        Status.ON_TRACK: _("on track"),
        Status.AT_RISK: _("at risk"),
        Status.OFF_TRACK: _("off track"),
        Status.UNKNOWN: _("cannot be assessed"),
    }[Status(status)]


def goal_counts_sentence(goals: dict[int, Status]) -> str:
    counts = Counter(goals.values())
    return _(
        "Goals with indicators: %(total)d – reached: %(reached)d, on track: %(on_track)d, at "
        "risk: %(at_risk)d, off track: %(off_track)d, cannot be assessed yet: %(unknown)d."
    ) % {
        "total": len(goals),
        "reached": counts[Status.REACHED],
        "on_track": counts[Status.ON_TRACK],
        "at_risk": counts[Status.AT_RISK],
        "off_track": counts[Status.OFF_TRACK],
        "unknown": counts[Status.UNKNOWN],
    }


def goals_section(data: ReportData) -> Section:
    state = data.current
    indicators = sorted(state.indicators.values(), key=lambda s: s.indicator.code)
    goals = sorted(state.plan.goals, key=lambda g: g.code)
    blocks: list[Any] = [Paragraph(goal_counts_sentence(state.goals))]
    blocks.append(
        Table(
            caption=_("Goals and whether they will be reached"),
            columns=(Column(_("goal")), Column(_("assessment")), Column(_("indicators"))),
            rows=tuple(
                (
                    Cell(f"{g.code} {g.title}"),
                    Cell(status_label(state.goals[g.id]), LIGHT_OF_STATUS[state.goals[g.id]]),
                    Cell(
                        ", ".join(
                            s.indicator.code
                            for s in indicators
                            if g.id in s.indicator.goals_ids_as_of
                        )
                    ),
                )
                for g in goals
                if g.id in state.goals
            ),
            empty_text=_("No goal is measured by an indicator yet."),
        )
    )
    blocks.append(_indicator_table(indicators))
    for item in indicators:
        blocks.append(
            figures.indicator_chart(item.indicator, item.points, item.target, item.assessment.fit)
        )
        blocks.append(Paragraph(item.assessment.sentence))
    return Section("", _("Goal achievement"), tuple(blocks))


def _indicator_table(indicators: list[Any]) -> Table:
    rows = []
    for item in indicators:
        ind, last, target = item.indicator, item.points[-1] if item.points else None, item.target
        unit = f" {ind.unit}" if ind.unit else ""
        last_text = (
            f"{format_number(last.value, 1)}{unit} ({format_date(last.day)})" if last else "–"
        )
        target_text = (
            f"{format_number(target.value, 1)}{unit} ({format_date(target.due_date)})"
            if target
            else "–"
        )
        rows.append(
            (
                Cell(ind.code),
                Cell(ind.name),
                Cell(last_text),
                Cell(target_text),
                Cell(status_label(item.assessment.status), LIGHT_OF_STATUS[item.assessment.status]),
                Cell(item.assessment.sentence),
            )
        )
    return Table(
        caption=_("Indicators and their assessment"),
        columns=(
            Column(_("code")),
            Column(_("indicator")),
            Column(_("latest value")),
            Column(_("target")),
            Column(_("assessment")),
            Column(_("explanation")),
        ),
        rows=tuple(rows),
        empty_text=_("No indicators."),
    )
