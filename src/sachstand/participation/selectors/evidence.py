"""What motivates a measure: the survey results and citizens' questions that cite it, and the
benefit they suggest.

Only closed surveys count as evidence (an open one may still change), and only results of at
least ``MIN_ANSWERS`` answers. A cited **option** counts with the share of people who chose it; a
cited **question** with the share who signalled a need in it (a rating in the need half, an
option marked as a need or about a field or service); a free-text question has no share and is
shown with its number of texts. Citizens' questions count when published, with the number of
people who asked them (the question and its merged duplicates).

The suggested benefit (docs/participation.md) follows the strongest share among the evidence:

    share ≥ 60 % → 5, ≥ 40 % → 4, ≥ 20 % → 3, ≥ 10 % → 2, else 1

It is a suggestion: the administration accepts it or keeps its own rating (benefit also covers
what a survey cannot see, e.g. savings for the budget). Citizens' questions do not enter it: how
many people write in says little about how many need something.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sachstand.core.formatting import format_percent
from sachstand.participation.models import QuestionKind
from sachstand.participation.selectors.results import (
    MIN_ANSWERS,
    QuestionInfo,
    QuestionResult,
    SurveyResults,
)

BENEFIT_STEPS: tuple[tuple[Decimal, int], ...] = (
    (Decimal(60), 5),
    (Decimal(40), 4),
    (Decimal(20), 3),
    (Decimal(10), 2),
    (Decimal(0), 1),
)


@dataclass(frozen=True)
class Evidence:
    survey: str
    question: str
    option: str  # "" where the question as a whole is cited
    respondents: int
    count: int | None  # people who chose the option / signalled a need; None: free texts only
    percent: Decimal | None
    texts: int = 0

    @property
    def suppressed(self) -> bool:
        return self.respondents < MIN_ANSWERS

    def label(self) -> str:
        if self.option:
            return _("“%(option)s” in “%(question)s” (%(survey)s)") % {
                "option": self.option,
                "question": self.question,
                "survey": self.survey,
            }
        return _("“%(question)s” (%(survey)s)") % {"question": self.question, "survey": self.survey}

    def figure(self) -> str:
        """The evidence's number in words, e.g. “62 % of 48 answers”."""
        if self.suppressed:
            return _("fewer than %(min)d answers, not shown") % {"min": MIN_ANSWERS}
        if self.texts:
            return ngettext("%(count)d free text", "%(count)d free texts", self.texts) % {
                "count": self.texts
            }
        if self.percent is None:
            return ngettext("%(count)d answer", "%(count)d answers", self.respondents) % {
                "count": self.respondents
            }
        return ngettext(
            "%(share)s of %(total)d answer", "%(share)s of %(total)d answers", self.respondents
        ) % {
            "share": format_percent(self.percent),
            "total": self.respondents,
        }


@dataclass(frozen=True)
class CitedQuestion:
    id: int
    text: str
    askers: int
    answered: bool


@dataclass
class MeasureEvidence:
    survey: list[Evidence] = field(default_factory=list)
    questions: list[CitedQuestion] = field(default_factory=list)

    def strongest(self) -> Evidence | None:
        scored = [e for e in self.survey if e.percent is not None and not e.suppressed]
        return max(scored, key=lambda e: (e.percent, e.respondents)) if scored else None

    def suggested_benefit(self) -> int | None:
        return benefit_for(self.strongest())


def benefit_for(evidence: Evidence | None) -> int | None:
    if evidence is None or evidence.percent is None:
        return None
    return next(benefit for floor, benefit in BENEFIT_STEPS if evidence.percent >= floor)


def evidence_by_measure(
    results: list[SurveyResults], cited_questions: list[tuple[CitedQuestion, tuple[int, ...]]]
) -> dict[int, MeasureEvidence]:
    """Measure id → its evidence, from the results of closed surveys (their questions carry
    the cited measures) and the citizens' questions with the measures they cite."""
    found: dict[int, MeasureEvidence] = defaultdict(MeasureEvidence)
    for survey in results:
        for result in survey.questions:
            q = result.question
            for measure in q.measure_ids:
                found[measure].survey.append(_question_evidence(survey, q, result))
            for index, option in enumerate(q.options):
                chosen = result.shares[index] if result.shares else None
                for measure in option.measure_ids:
                    found[measure].survey.append(
                        Evidence(
                            survey.survey.title,
                            q.text,
                            option.text,
                            result.respondents,
                            chosen.count if chosen else None,
                            chosen.percent if chosen else None,
                        )
                    )
    for question, measures in cited_questions:
        for measure in measures:
            found[measure].questions.append(question)
    return dict(found)


def _question_evidence(
    survey: SurveyResults, question: QuestionInfo, result: QuestionResult
) -> Evidence:
    need = result.need
    return Evidence(
        survey.survey.title,
        question.text,
        "",
        result.respondents,
        need.count if need else None,
        need.percent if need else None,
        texts=result.respondents if question.kind == QuestionKind.TEXT else 0,
    )
