"""Charts of survey results as report-model figures (Vega-Lite spec, text alternative, table),
shared by the report section and the public result pages."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sachstand.core.formatting import format_number, format_percent
from sachstand.participation.models import QuestionKind
from sachstand.participation.selectors.results import QuestionResult, Share, TopicNeed
from sachstand.reporting.report_model import Cell, Column, Figure, Table
from sachstand.reporting.report_model.figures import SCHEMA

BAR = "#0969da"
NEEDS_SHOWN = 10


def _bars(values: list[dict], *, x_title: str, x_field: str, x_format: str) -> dict:
    return {
        "$schema": SCHEMA,
        "data": {"values": values},
        "mark": {"type": "bar", "color": BAR},
        "encoding": {
            "y": {
                "field": "label",
                "type": "nominal",
                "title": None,
                "sort": None,
                "axis": {"labelLimit": 260},
            },
            "x": {
                "field": x_field,
                "type": "quantitative",
                "title": x_title,
                "axis": {"format": x_format, "tickMinStep": 1},
            },
        },
    }


def rating_label(result: QuestionResult, share: Share) -> str:
    question = result.question
    meaning = {"1": question.rating_low, "5": question.rating_high}.get(share.label, "")
    return f"{share.label} ({meaning})" if meaning else share.label


def share_rows(result: QuestionResult) -> tuple[tuple[Cell, ...], ...]:
    rating = result.question.kind == QuestionKind.RATING
    return tuple(
        (
            Cell(rating_label(result, s) if rating else s.label),
            Cell(format_number(s.count)),
            Cell(format_percent(s.percent)),
        )
        for s in result.shares
    )


def question_figure(result: QuestionResult) -> Figure:
    """The distribution of a choice or rating question (not of a suppressed one)."""
    rating = result.question.kind == QuestionKind.RATING
    values = [
        {"label": rating_label(result, s) if rating else s.label, "count": s.count}
        for s in result.shares
    ]
    table = Table(
        caption=_("Answers to “%(question)s” (data of the chart)")
        % {"question": result.question.text},
        columns=(Column(_("answer")), Column(_("people"), "right"), Column(_("share"), "right")),
        rows=share_rows(result),
    )
    alt = ngettext(
        "Bar chart of the answers of %(count)d person: %(parts)s.",
        "Bar chart of the answers of %(count)d people: %(parts)s.",
        result.respondents,
    ) % {
        "count": result.respondents,
        "parts": "; ".join(f"{v['label']}: {format_number(v['count'])}" for v in values),
    }
    spec = _bars(values, x_title=_("people"), x_field="count", x_format="d")
    return Figure(result.question.text, alt, spec, table)


def needs_figure(needs: list[TopicNeed]) -> Figure:
    """What people miss most: the share signalling a need per field of action or service."""
    shown = needs[:NEEDS_SHOWN]
    values = [{"label": n.label, "share": float(round(n.percent, 1))} for n in shown]
    table = Table(
        caption=_("Needs per field of action and service (data of the chart)"),
        columns=(
            Column(_("field of action or service")),
            Column(_("asked"), "right"),
            Column(_("signalled a need"), "right"),
            Column(_("share"), "right"),
        ),
        rows=tuple(
            (
                Cell(n.label),
                Cell(format_number(n.asked)),
                Cell(format_number(n.need)),
                Cell(format_percent(n.percent)),
            )
            for n in shown
        ),
    )
    alt = _("Bar chart of the share of people who signalled a need: %(parts)s.") % {
        "parts": "; ".join(f"{n.label}: {format_percent(n.percent)}" for n in shown)
    }
    spec = _bars(values, x_title=_("share signalling a need (%)"), x_field="share", x_format="d")
    return Figure(_("What people miss most"), alt, spec, table)
