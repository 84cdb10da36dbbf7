"""The results of surveys: counts, distributions, needs per field of action and service.

Small groups are suppressed: a question answered by fewer than ``MIN_ANSWERS`` people is shown
with its count only, never broken down, and a field of action or service about which fewer than
``MIN_ANSWERS`` people answered is left out of the needs. No answer can be traced to a person.

Needs ("what do people miss most?"). A person signals a need for a field of action or a service
when they

- choose an option that is about it (e.g. “Wohngeld” in “Which services do you miss online?”),
- or answer a question about it with an option marked as signalling a need, a rating in the need
  half (4–5 where a high rating means a need, e.g. importance; 1–2 where it does not, e.g.
  satisfaction) or a free text.

Everyone who answered a question about it, or with options about it, is counted as asked. The
share is signalling ÷ asked, each person counted once per field or service.

Everything is computed from plain rows (``QuestionInfo``, ``OptionInfo``) so that the report can
feed in the questions as they stood at its moment; the answers are read in a fixed number of
queries whatever their number.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sachstand.onlineservices.models import OnlineService
from sachstand.participation.models import (
    CHOICE_KINDS,
    Moderation,
    QuestionKind,
    Survey,
    SurveyAnswer,
)
from sachstand.strategy.models import FieldOfAction

MIN_ANSWERS = 5
Topic = tuple[str, int]  # ("field", id) or ("service", id)


@dataclass(frozen=True)
class OptionInfo:
    id: int
    question_id: int
    position: int
    text: str
    field_of_action_id: int | None
    online_service_id: int | None
    signals_need: bool
    measure_ids: tuple[int, ...] = ()

    @property
    def topics(self) -> set[Topic]:
        return _topics(self.field_of_action_id, self.online_service_id)

    @property
    def is_need(self) -> bool:
        return self.signals_need or bool(self.topics)


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    survey_id: int
    position: int
    text: str
    kind: str
    field_of_action_id: int | None
    online_service_id: int | None
    high_means_need: bool
    rating_low: str = ""
    rating_high: str = ""
    measure_ids: tuple[int, ...] = ()
    options: tuple[OptionInfo, ...] = ()

    @property
    def topics(self) -> set[Topic]:
        return _topics(self.field_of_action_id, self.online_service_id)

    @property
    def need_ratings(self) -> frozenset[int]:
        return frozenset({4, 5} if self.high_means_need else {1, 2})


@dataclass(frozen=True)
class SurveyInfo:
    id: int
    title: str
    audience: str
    status: str
    opened_on: date | None
    closed_on: date | None


def _topics(field_id: int | None, service_id: int | None) -> set[Topic]:
    found: set[Topic] = set()
    if field_id:
        found.add(("field", field_id))
    if service_id:
        found.add(("service", service_id))
    return found


@dataclass(frozen=True)
class Share:
    label: str
    count: int
    percent: Decimal  # of the people who answered the question


@dataclass(frozen=True)
class TextItem:
    id: int
    text: str
    moderation: str

    @property
    def moderation_label(self) -> str:
        return str(Moderation(self.moderation).label)


@dataclass(frozen=True)
class QuestionResult:
    question: QuestionInfo
    respondents: int
    suppressed: bool
    shares: tuple[Share, ...] = ()  # per option, or per rating 1–5
    mean: Decimal | None = None  # of a rating
    need: Share | None = None  # who signalled a need (where the question can tell)
    texts: tuple[TextItem, ...] = ()

    @property
    def top(self) -> Share | None:
        """The most chosen option (first on ties)."""
        return max(self.shares, key=lambda s: s.count) if self.shares else None


@dataclass(frozen=True)
class TopicNeed:
    topic: Topic
    label: str
    asked: int
    need: int
    percent: Decimal


@dataclass
class SurveyResults:
    survey: SurveyInfo
    responses: int
    questions: list[QuestionResult] = field(default_factory=list)
    needs: list[TopicNeed] = field(default_factory=list)  # most missed first
    hidden_needs: int = 0  # fields or services left out: fewer than MIN_ANSWERS asked

    def question(self, question_id: int) -> QuestionResult | None:
        return next((q for q in self.questions if q.question.id == question_id), None)


def percent(count: int, total: int) -> Decimal:
    return Decimal(100) * count / total if total else Decimal(0)


def survey_info(survey: Any) -> SurveyInfo:
    return SurveyInfo(
        survey.id, survey.title, survey.audience, survey.status, survey.opened_on, survey.closed_on
    )


def question_infos(surveys: Iterable[Survey]) -> list[QuestionInfo]:
    """The questions of ``surveys`` with options and cited measures, as they stand (3 queries)."""
    from sachstand.participation.models import SurveyQuestion

    questions = (
        SurveyQuestion.objects.filter(survey__in=list(surveys))
        .prefetch_related("measures", "options__measures")
        .order_by("survey_id", "position", "pk")
    )
    return [
        QuestionInfo(
            id=q.pk,
            survey_id=q.survey_id,
            position=q.position,
            text=q.text,
            kind=q.kind,
            field_of_action_id=q.field_of_action_id,
            online_service_id=q.online_service_id,
            high_means_need=q.high_means_need,
            rating_low=q.rating_low,
            rating_high=q.rating_high,
            measure_ids=tuple(m.pk for m in q.measures.all()),
            options=tuple(
                OptionInfo(
                    id=o.pk,
                    question_id=q.pk,
                    position=o.position,
                    text=o.text,
                    field_of_action_id=o.field_of_action_id,
                    online_service_id=o.online_service_id,
                    signals_need=o.signals_need,
                    measure_ids=tuple(m.pk for m in o.measures.all()),
                )
                for o in sorted(q.options.all(), key=lambda o: (o.position, o.pk))
            ),
        )
        for q in questions
    ]


@dataclass
class _Tally:
    respondents: set[int] = field(default_factory=set)
    chosen: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))  # option→resp
    ratings: dict[int, int] = field(default_factory=dict)  # response → rating
    texts: set[int] = field(default_factory=set)  # responses with a free text


def _tallies(question_ids: list[int]) -> tuple[dict[int, _Tally], Counter[int]]:
    """Per question its tally, and per survey the number of responses (one query)."""
    tallies: dict[int, _Tally] = defaultdict(_Tally)
    responses: dict[int, set[int]] = defaultdict(set)
    rows = SurveyAnswer.objects.filter(question_id__in=question_ids).values_list(
        "response_id", "response__survey_id", "question_id", "option_id", "rating", "moderation"
    )
    for response, survey, question, option, rating, moderation in rows.order_by():
        tally = tallies[question]
        tally.respondents.add(response)
        responses[survey].add(response)
        if option is not None:
            tally.chosen[option].add(response)
        if rating is not None:
            tally.ratings[response] = rating
        if moderation:
            tally.texts.add(response)
    return tallies, Counter({survey: len(ids) for survey, ids in responses.items()})


def _texts(question_ids: list[int], moderation: Iterable[str]) -> dict[int, list[TextItem]]:
    found: dict[int, list[TextItem]] = defaultdict(list)
    rows = (
        SurveyAnswer.objects.filter(question_id__in=question_ids, moderation__in=list(moderation))
        .exclude(text="")
        .order_by("question_id", "pk")
        .values_list("question_id", "pk", "text", "moderation")
    )
    for question, pk, text, state in rows:
        found[question].append(TextItem(pk, text, state))
    return found


def _question_result(
    question: QuestionInfo, tally: _Tally, texts: list[TextItem]
) -> QuestionResult:
    total = len(tally.respondents)
    if total < MIN_ANSWERS:
        return QuestionResult(question, total, suppressed=True)
    if question.kind in CHOICE_KINDS:
        shares = tuple(
            Share(o.text, len(tally.chosen[o.id]), percent(len(tally.chosen[o.id]), total))
            for o in question.options
        )
        needers = set().union(*(tally.chosen[o.id] for o in question.options if o.is_need))
        need = (
            Share("", len(needers), percent(len(needers), total))
            if any(o.is_need for o in question.options)
            else None
        )
        return QuestionResult(question, total, False, shares, need=need)
    if question.kind == QuestionKind.RATING:
        counts = Counter(tally.ratings.values())
        shares = tuple(Share(str(v), counts[v], percent(counts[v], total)) for v in range(1, 6))
        mean = Decimal(sum(tally.ratings.values())) / total
        needing = sum(counts[v] for v in question.need_ratings)
        return QuestionResult(
            question, total, False, shares, mean, Share("", needing, percent(needing, total))
        )
    return QuestionResult(question, total, False, texts=tuple(texts))


def _needs(
    questions: list[QuestionInfo], tallies: dict[int, _Tally]
) -> tuple[dict[Topic, set[int]], dict[Topic, set[int]]]:
    asked: dict[Topic, set[int]] = defaultdict(set)
    needing: dict[Topic, set[int]] = defaultdict(set)
    for question in questions:
        tally = tallies[question.id]
        topics = set(question.topics)
        for option in question.options:
            topics |= option.topics
            for topic in option.topics:
                needing[topic] |= tally.chosen[option.id]
        for topic in topics:
            asked[topic] |= tally.respondents
        if not question.topics:
            continue
        signalled = set(tally.texts)
        signalled |= {r for r, v in tally.ratings.items() if v in question.need_ratings}
        for option in question.options:
            if option.signals_need:
                signalled |= tally.chosen[option.id]
        for topic in question.topics:
            needing[topic] |= signalled
    return asked, needing


def topic_labels(topics: Iterable[Topic]) -> dict[Topic, str]:
    topics = set(topics)
    fields = [i for kind, i in topics if kind == "field"]
    services = [i for kind, i in topics if kind == "service"]
    labels: dict[Topic, str] = {}
    if fields:
        for pk, code, title in FieldOfAction.objects.filter(pk__in=fields).values_list(
            "pk", "code", "title"
        ):
            labels[("field", pk)] = f"{code} {title}"
    if services:
        for pk, name in OnlineService.objects.filter(pk__in=services).values_list("pk", "name"):
            labels[("service", pk)] = name
    return labels


def results_of(
    surveys: list[SurveyInfo],
    questions: list[QuestionInfo],
    *,
    texts: Iterable[str] = (Moderation.PUBLISHED,),
) -> list[SurveyResults]:
    """The results of ``surveys`` (questions given as rows); free texts of the moderation
    states ``texts`` (public: published only)."""
    ids = [q.id for q in questions]
    tallies, responses = _tallies(ids)
    listed = _texts([q.id for q in questions if q.kind == QuestionKind.TEXT], texts)
    by_survey: dict[int, list[QuestionInfo]] = defaultdict(list)
    for question in questions:
        by_survey[question.survey_id].append(question)
    needs = {s.id: _needs(by_survey[s.id], tallies) for s in surveys}
    labels = topic_labels(t for asked, _n in needs.values() for t in asked)
    results = []
    for survey in surveys:
        asked, needing = needs[survey.id]
        asked = {t: r for t, r in asked.items() if r}
        shown = [
            TopicNeed(
                t, labels.get(t, "?"), len(r), len(needing[t]), percent(len(needing[t]), len(r))
            )
            for t, r in asked.items()
            if len(r) >= MIN_ANSWERS
        ]
        shown.sort(key=lambda n: (-n.percent, -n.need, n.label))
        results.append(
            SurveyResults(
                survey=survey,
                responses=responses[survey.id],
                questions=[
                    _question_result(q, tallies[q.id], listed[q.id]) for q in by_survey[survey.id]
                ],
                needs=shown,
                hidden_needs=len(asked) - len(shown),
            )
        )
    return results


def survey_results(
    survey: Survey, *, texts: Iterable[str] = (Moderation.PUBLISHED,)
) -> SurveyResults:
    """One survey's results as they stand (the back office passes every moderation state)."""
    return results_of([survey_info(survey)], question_infos([survey]), texts=texts)[0]
