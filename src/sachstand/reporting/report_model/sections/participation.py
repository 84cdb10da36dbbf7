"""Bedarfsanalyse und Bürgerbeteiligung: the main results of the closed surveys, what the plan
does about them (the measures that cite them, with their benefit and the benefit the evidence
suggests), and the citizens' questions (docs/participation.md)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sachstand.core.collation import german_sort_key
from sachstand.core.formatting import format_date, format_number, format_percent
from sachstand.participation.figures import needs_figure
from sachstand.participation.models import Audience, QuestionKind, QuestionStatus
from sachstand.participation.selectors.evidence import BENEFIT_STEPS, MeasureEvidence
from sachstand.participation.selectors.report import ParticipationFigures, QuestionRow
from sachstand.participation.selectors.results import MIN_ANSWERS, QuestionResult, SurveyResults
from sachstand.reporting.report_model import Block, Cell, Column, Paragraph, Section, Table
from sachstand.reporting.report_model.data import ReportData
from sachstand.reporting.report_model.sections.common import (
    fields_in_order,
    measure_name,
    status_label,
)

SURVEYS_SHOWN = 3  # the most recent closed surveys; older ones are in earlier reports
QUESTION_TEXT_SHOWN = 300


def participation_section(data: ReportData) -> Section | None:
    """None where the municipality had no closed survey and no citizens' question yet."""
    figures: ParticipationFigures | None = data.participation
    if figures is None:
        return None
    surveys = figures.surveys[:SURVEYS_SHOWN]
    subsections = [_survey_section(s) for s in surveys]
    subsections.append(_plan_section(data, figures))
    subsections.append(_questions_section(data, figures))
    return Section(
        "",
        _("Needs analysis and citizen participation"),
        (Paragraph(_summary(figures, surveys)),),
        tuple(subsections),
    )


def _audience(value: str) -> str:
    return _("among citizens") if value == Audience.CITIZENS else _("among the staff")


def _summary(figures: ParticipationFigures, surveys: list[SurveyResults]) -> str:
    if not surveys:
        text = _("No survey was closed by %(date)s.") % {"date": format_date(figures.on)}
    else:
        listed = "; ".join(
            ngettext(
                "“%(title)s” %(audience)s, %(start)s to %(end)s, %(count)d response",
                "“%(title)s” %(audience)s, %(start)s to %(end)s, %(count)d responses",
                s.responses,
            )
            % {
                "title": s.survey.title,
                "audience": _audience(s.survey.audience),
                "start": format_date(s.survey.opened_on),
                "end": format_date(s.survey.closed_on),
                "count": s.responses,
            }
            for s in surveys
        )
        text = ngettext(
            "The needs analysis rests on %(count)d closed survey: %(surveys)s.",
            "The needs analysis rests on %(count)d closed surveys: %(surveys)s.",
            len(surveys),
        ) % {"count": len(surveys), "surveys": listed}
    return (
        text
        + " "
        + _(
            "Results of fewer than %(min)d answers are not broken down, so that no answer can "
            "be traced to a person."
        )
        % {"min": MIN_ANSWERS}
    )


def _result_text(result: QuestionResult) -> str:
    if result.suppressed:
        return _("fewer than %(min)d answers, not shown") % {"min": MIN_ANSWERS}
    kind = result.question.kind
    if kind == QuestionKind.TEXT:
        return ngettext("%(count)d free text", "%(count)d free texts", result.respondents) % {
            "count": result.respondents
        }
    if kind == QuestionKind.RATING:
        text = _("average %(mean)s") % {"mean": format_number(result.mean or 0, 1)}
        if result.need is not None:
            ratings = "4–5" if result.question.high_means_need else "1–2"
            text += "; " + _("%(ratings)s: %(share)s") % {
                "ratings": ratings,
                "share": format_percent(result.need.percent),
            }
        return text
    top = result.top
    text = _("most chosen: “%(option)s” (%(share)s)") % {
        "option": top.label if top else "–",
        "share": format_percent(top.percent) if top else "–",
    }
    if result.need is not None:
        text += "; " + _("signalled a need: %(share)s") % {
            "share": format_percent(result.need.percent)
        }
    return text


def _survey_section(survey: SurveyResults) -> Section:
    blocks: list[Block] = []
    if survey.needs:
        blocks.append(needs_figure(survey.needs))
    if survey.hidden_needs:
        blocks.append(
            Paragraph(
                ngettext(
                    "%(count)d field of action or service is left out: fewer than %(min)d "
                    "people answered about it.",
                    "%(count)d fields of action or services are left out: fewer than %(min)d "
                    "people answered about them.",
                    survey.hidden_needs,
                )
                % {"count": survey.hidden_needs, "min": MIN_ANSWERS}
            )
        )
    blocks.append(
        Table(
            caption=_("Results per question: %(survey)s") % {"survey": survey.survey.title},
            columns=(Column(_("question")), Column(_("answers"), "right"), Column(_("result"))),
            rows=tuple(
                (Cell(r.question.text), Cell(format_number(r.respondents)), Cell(_result_text(r)))
                for r in survey.questions
            ),
            empty_text=_("The survey had no questions."),
        )
    )
    return Section("", survey.survey.title, tuple(blocks))


def _benefit(measure: Any, evidence: MeasureEvidence) -> str:
    suggested = evidence.suggested_benefit()
    if suggested is None or suggested == measure.benefit:
        return str(measure.benefit)
    return _("%(benefit)d (suggested: %(suggested)d)") % {
        "benefit": measure.benefit,
        "suggested": suggested,
    }


def _grounds(evidence: MeasureEvidence) -> tuple[str, str]:
    labels = [e.label() for e in evidence.survey]
    numbers = [e.figure() for e in evidence.survey]
    if evidence.questions:
        askers = sum(q.askers for q in evidence.questions)
        labels.append(
            ngettext(
                "%(count)d citizens' question", "%(count)d citizens' questions",
                len(evidence.questions),
            )
            % {"count": len(evidence.questions)}
        )  # fmt: skip
        numbers.append(
            ngettext("asked by %(count)d person", "asked by %(count)d people", askers)
            % {"count": askers}
        )
    return "; ".join(labels), "; ".join(numbers)


def _plan_section(data: ReportData, figures: ParticipationFigures) -> Section:
    rows = []
    for measure in data.current.measures():
        evidence = figures.evidence.get(measure.id)
        if evidence is None:
            continue
        grounds, numbers = _grounds(evidence)
        rows.append(
            (
                Cell(measure_name(measure)),
                Cell(status_label(measure.status)),
                Cell(grounds),
                Cell(numbers),
                Cell(_benefit(measure, evidence)),
            )
        )
    steps = ", ".join(
        _("from %(floor)s → %(benefit)d") % {"floor": format_percent(floor), "benefit": benefit}
        for floor, benefit in BENEFIT_STEPS
    )
    return Section(
        "",
        _("What the plan does about it"),
        (
            Paragraph(
                _(
                    "The measures that cite a survey result or a citizens' question as their "
                    "reason. The benefit (1–5) is the one set in the plan; where the survey "
                    "suggests another, the suggestion follows in brackets. It follows the "
                    "strongest share among the cited results: %(steps)s."
                )
                % {"steps": steps}
            ),
            Table(
                caption=_("Measures motivated by the needs analysis"),
                columns=(
                    Column(_("measure")),
                    Column(_("status")),
                    Column(_("reason")),
                    Column(_("finding")),
                    Column(_("benefit"), "right"),
                ),
                rows=tuple(rows),
                empty_text=_("No measure cites the needs analysis yet."),
            ),
        ),
    )


def _questions_section(data: ReportData, figures: ParticipationFigures) -> Section:
    fields = fields_in_order(data.current)
    shown = {f.id for f in fields}
    questions = [
        q for q in figures.questions if data.committee is None or q.field_of_action_id in shown
    ]
    in_half_year = [q for q in questions if data.half_year.contains(q.submitted_on)]
    status = Counter(q.status for q in questions)
    answered = [q for q in questions if q.status == QuestionStatus.PUBLISHED and q.answer]
    blocks: list[Block] = [
        Paragraph(
            ngettext(
                "By %(date)s, %(count)d question or suggestion came in through the public "
                "form, %(recent)d of them in the %(half_year)s.",
                "By %(date)s, %(count)d questions and suggestions came in through the public "
                "form, %(recent)d of them in the %(half_year)s.",
                len(questions),
            )
            % {
                "date": format_date(figures.on),
                "count": len(questions),
                "recent": len(in_half_year),
                "half_year": data.half_year.label,
            }
            + " "
            + _(
                "Answered in public: %(answered)d; merged with a question on the same matter: "
                "%(merged)d; rejected: %(rejected)d; still open: %(open)d."
            )
            % {
                "answered": len(answered),
                "merged": status[QuestionStatus.MERGED],
                "rejected": status[QuestionStatus.REJECTED],
                "open": len(questions)
                - len(answered)
                - status[QuestionStatus.MERGED]
                - status[QuestionStatus.REJECTED],
            }
        ),
        _per_field_table(data, fields, questions, answered),
        _answered_table(data, fields, answered),
    ]
    return Section("", _("Citizens' questions and suggestions"), tuple(blocks))


def _per_field_table(
    data: ReportData, fields: list[Any], questions: list[QuestionRow], answered: list[QuestionRow]
) -> Table:
    received = Counter(q.field_of_action_id for q in questions)
    done = Counter(q.field_of_action_id for q in answered)
    topics: list[tuple[int | None, str]] = [(f.id, f"{f.code} {f.title}") for f in fields]
    if data.committee is None:
        topics.append((None, _("general")))
    return Table(
        caption=_("Citizens' questions per field of action"),
        columns=(
            Column(_("field of action")),
            Column(_("received"), "right"),
            Column(_("answered"), "right"),
        ),
        rows=tuple(
            (Cell(label), Cell(format_number(received[pk])), Cell(format_number(done[pk])))
            for pk, label in topics
            if received[pk]
        ),
        empty_text=_("No questions came in."),
    )


def _answered_table(data: ReportData, fields: list[Any], answered: list[QuestionRow]) -> Table:
    codes = {m.id: m.code for m in data.current.measures()}
    field_codes = {f.id: f.code for f in fields}
    rows = []
    for q in answered:
        measures = [codes[i] for i in q.measure_ids if i in codes]
        if not measures:
            continue
        text = q.text if len(q.text) <= QUESTION_TEXT_SHOWN else q.text[:299] + "…"
        rows.append(
            (
                Cell(text),
                Cell(field_codes.get(q.field_of_action_id, _("general"))),
                Cell(format_date(q.answered_on)),
                Cell(", ".join(sorted(measures, key=german_sort_key))),
            )
        )
    return Table(
        caption=_("Answered questions that measures respond to"),
        columns=(
            Column(_("question")),
            Column(_("field of action")),
            Column(_("answered on")),
            Column(_("measures")),
        ),
        rows=tuple(rows),
        empty_text=_("No answered question is linked to a measure yet."),
    )
