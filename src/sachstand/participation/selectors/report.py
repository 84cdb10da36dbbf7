"""The needs analysis as it stood at a report's moment, for the section "Bedarfsanalyse und
Bürgerbeteiligung" of the status report.

Surveys, questions, options and citizens' questions are read from their history (what was
closed, asked, answered and cited by then); the answers of a survey closed by then cannot have
changed since. Free texts do not enter the report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from sachstand.core.history import records_as_of
from sachstand.municipalities.models import Municipality
from sachstand.participation.models import (
    CitizenQuestion,
    QuestionStatus,
    Survey,
    SurveyOption,
    SurveyQuestion,
    SurveyStatus,
)
from sachstand.participation.selectors.evidence import (
    CitedQuestion,
    MeasureEvidence,
    evidence_by_measure,
)
from sachstand.participation.selectors.results import (
    OptionInfo,
    QuestionInfo,
    SurveyResults,
    results_of,
    survey_info,
)


@dataclass(frozen=True)
class QuestionRow:
    """A citizens' question as it stood (never its e-mail address, which has no history)."""

    id: int
    field_of_action_id: int | None
    status: str
    submitted_on: date
    answered_on: date | None
    text: str
    answer: str
    measure_ids: tuple[int, ...]
    askers: int  # the question and the duplicates merged into it


@dataclass
class ParticipationFigures:
    on: date
    surveys: list[SurveyResults]  # closed by then, newest first
    evidence: dict[int, MeasureEvidence]  # measure id →
    questions: list[QuestionRow]  # received by then


def participation_figures(
    *, municipality: Municipality, as_of: datetime
) -> ParticipationFigures | None:
    """None where there was neither a closed survey nor a citizens' question at ``as_of``."""
    on = timezone.localdate(as_of)
    scope = {"municipality_id": municipality.pk}
    surveys = sorted(
        (
            s
            for s in records_as_of(Survey, as_of, with_links=False, **scope)
            if s.status == SurveyStatus.CLOSED and s.closed_on and s.closed_on <= on
        ),
        key=lambda s: (s.closed_on, s.id),
        reverse=True,
    )
    questions = _questions(surveys, as_of, scope)
    rows = _citizen_questions(as_of, scope)
    if not surveys and not rows:
        return None
    results = results_of([survey_info(s) for s in surveys], questions, texts=())
    cited = [
        (CitedQuestion(r.id, r.text, r.askers, bool(r.answer)), r.measure_ids)
        for r in rows
        if r.status == QuestionStatus.PUBLISHED
    ]
    return ParticipationFigures(on, results, evidence_by_measure(results, cited), rows)


def _questions(surveys: list, as_of: datetime, scope: dict) -> list[QuestionInfo]:
    ids = {s.id for s in surveys}
    if not ids:
        return []
    questions = [q for q in records_as_of(SurveyQuestion, as_of, **scope) if q.survey_id in ids]
    question_ids = {q.id for q in questions}
    options: dict[int, list[OptionInfo]] = {}
    for o in records_as_of(SurveyOption, as_of, **scope):
        if o.question_id in question_ids:
            options.setdefault(o.question_id, []).append(
                OptionInfo(
                    o.id,
                    o.question_id,
                    o.position,
                    o.text,
                    o.field_of_action_id,
                    o.online_service_id,
                    o.signals_need,
                    tuple(o.measures_ids_as_of),
                )
            )
    return [
        QuestionInfo(
            id=q.id,
            survey_id=q.survey_id,
            position=q.position,
            text=q.text,
            kind=q.kind,
            field_of_action_id=q.field_of_action_id,
            online_service_id=q.online_service_id,
            high_means_need=q.high_means_need,
            rating_low=q.rating_low,
            rating_high=q.rating_high,
            measure_ids=tuple(q.measures_ids_as_of),
            options=tuple(sorted(options.get(q.id, []), key=lambda o: (o.position, o.id))),
        )
        for q in sorted(questions, key=lambda q: (q.survey_id, q.position, q.id))
    ]


def _citizen_questions(as_of: datetime, scope: dict) -> list[QuestionRow]:
    historic = records_as_of(CitizenQuestion, as_of, **scope)
    merged = Counter(
        q.merged_into_id for q in historic if q.status == QuestionStatus.MERGED and q.merged_into_id
    )
    return [
        QuestionRow(
            q.id,
            q.field_of_action_id,
            q.status,
            q.submitted_on,
            q.answered_on,
            q.text,
            q.answer,
            tuple(q.measures_ids_as_of),
            1 + merged[q.id],
        )
        for q in sorted(historic, key=lambda q: (q.submitted_on, q.id))
    ]
