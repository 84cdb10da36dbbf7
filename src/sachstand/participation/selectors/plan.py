"""The evidence behind the measures as it stands today, for the back office and the public
measure pages (``selectors.evidence`` explains the rules)."""

from __future__ import annotations

from django.db.models import Count, Q

from sachstand.municipalities.models import Municipality
from sachstand.participation.models import CitizenQuestion, QuestionStatus, Survey, SurveyStatus
from sachstand.participation.selectors.evidence import (
    CitedQuestion,
    MeasureEvidence,
    evidence_by_measure,
)
from sachstand.participation.selectors.results import (
    SurveyResults,
    question_infos,
    results_of,
    survey_info,
)


def closed_survey_results(
    municipality: Municipality, *, public_only: bool = False
) -> list[SurveyResults]:
    """The results of the municipality's closed surveys, newest first (free texts: published)."""
    surveys = Survey.objects.filter(municipality=municipality, status=SurveyStatus.CLOSED)
    if public_only:
        surveys = surveys.filter(results_public=True)
    surveys = list(surveys.order_by("-closed_on", "-pk"))
    return results_of([survey_info(s) for s in surveys], question_infos(surveys))


def cited_questions(
    municipality: Municipality,
) -> list[tuple[CitedQuestion, tuple[int, ...]]]:
    """Published citizens' questions with the ids of the measures they cite."""
    rows = (
        CitizenQuestion.objects.filter(municipality=municipality, status=QuestionStatus.PUBLISHED)
        .annotate(merged=Count("duplicates", filter=Q(duplicates__status=QuestionStatus.MERGED)))
        .prefetch_related("measures")
        .only("pk", "text", "answer")
        .order_by("pk")
    )
    return [
        (
            CitedQuestion(q.pk, q.text, 1 + q.merged, bool(q.answer)),
            tuple(m.pk for m in q.measures.all()),
        )
        for q in rows
    ]


def measure_evidence(
    municipality: Municipality, *, public_only: bool = False
) -> dict[int, MeasureEvidence]:
    """Measure id → the survey results and citizens' questions that cite it."""
    return evidence_by_measure(
        closed_survey_results(municipality, public_only=public_only),
        cited_questions(municipality),
    )
