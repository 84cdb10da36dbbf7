"""What the public may see: the one place that decides it, for the public pages, open data and
the API alike.

Public are the municipality's strategy, fields of action and goals, the measures marked public
with their milestones and costs, the indicators marked public with targets and measurements, the
register entries marked public, and the status updates of **released** periods only (a period
counts as released once its full report was released to the council). Never public: drafts
(status updates of unreleased periods), the risks and authors of status updates, the contact
persons of measures, notes of measurements, anything of a measure or indicator not marked public.

Participation (docs/participation.md): the open citizens' surveys (to answer them); the results
of closed surveys whose results the administration made public, broken down only where at least
five people answered, with the free texts a moderator published; the citizens' questions that
were published **and answered**, with the public measures they cite. Never public: e-mail
addresses, rejected questions and their reasons, unmoderated or held-back free texts, staff
surveys' links, open or draft surveys' answers.

Every function takes the municipality; query counts do not grow with the number of objects.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.db.models import Max, Prefetch, QuerySet
from django.utils import timezone

from sachstand.indicators.models import Indicator, Measurement, Target
from sachstand.municipalities.models import Municipality
from sachstand.onlineservices.models import OnlineService
from sachstand.participation.models import (
    Audience,
    CitizenQuestion,
    Moderation,
    QuestionStatus,
    Survey,
    SurveyStatus,
)
from sachstand.participation.selectors.results import SurveyResults, survey_results
from sachstand.reporting.models import ReleasedReport, ReportingPeriod, StatusUpdate
from sachstand.strategy.models import FieldOfAction, Goal, Measure, Milestone, Strategy
from sachstand.strategy.services.traffic_light import (
    MeasureFacts,
    MilestoneFacts,
    traffic_light_derive,
)

# The fields of a status update the public may see.
PUBLIC_UPDATE_FIELDS = (
    "id",
    "measure_id",
    "period_id",
    "traffic_light",
    "derived_traffic_light",
    "derived_reason",
    "deviation_reason",
    "percent_complete",
    "summary",
    "next_steps",
    "reported_at",
)


def public_municipalities() -> QuerySet[Municipality]:
    return Municipality.objects.order_by("name")


def public_strategy(municipality: Municipality) -> Strategy | None:
    return Strategy.objects.filter(municipality=municipality).order_by("-period_start").first()


def public_fields(municipality: Municipality) -> QuerySet[FieldOfAction]:
    return FieldOfAction.objects.filter(municipality=municipality).order_by("position", "code")


def public_goals(municipality: Municipality) -> QuerySet[Goal]:
    return Goal.objects.filter(municipality=municipality).order_by("code")


def public_measures(municipality: Municipality) -> QuerySet[Measure]:
    """The measures marked public, with field of action and unit; never the contact person."""
    return (
        Measure.objects.filter(municipality=municipality, is_public=True)
        .select_related("field_of_action", "org_unit")
        .defer("contact")
        .order_by("code")
    )


def public_milestones(municipality: Municipality) -> QuerySet[Milestone]:
    return (
        Milestone.objects.filter(municipality=municipality, measure__is_public=True)
        .select_related("measure")
        .order_by("due_date", "pk")
    )


def released_periods(municipality: Municipality) -> QuerySet[ReportingPeriod]:
    """Periods whose full report was released, newest first."""
    released = ReleasedReport.objects.filter(
        municipality=municipality, committee__isnull=True
    ).values("period_id")
    return ReportingPeriod.objects.filter(municipality=municipality, pk__in=released).order_by(
        "-half_year"
    )


def public_updates(municipality: Municipality) -> QuerySet[StatusUpdate]:
    """Status updates of released periods for public measures, without risks and author."""
    return (
        StatusUpdate.objects.filter(
            municipality=municipality,
            measure__is_public=True,
            period__in=released_periods(municipality),
        )
        .select_related("period")
        .only(*PUBLIC_UPDATE_FIELDS, "period__half_year", "period__municipality_id")
        .order_by("measure_id", "period__half_year")
    )


def public_reports(municipality: Municipality) -> QuerySet[ReleasedReport]:
    """The released reports (full and committee excerpts) that have a public edition, without
    their file contents. The public pages serve the public edition only: the council's
    edition holds the measures not marked public and the risks of the status updates."""
    return (
        ReleasedReport.objects.filter(municipality=municipality)
        .exclude(public_html_sha256="")
        .select_related("period", "committee")
        .defer(
            "pdf",
            "docx",
            "html",
            "content",
            "public_pdf",
            "public_docx",
            "public_html",
            "public_content",
        )
        .order_by("-period__half_year", "committee__name", "-version")
    )


def public_indicators(municipality: Municipality) -> QuerySet[Indicator]:
    return (
        Indicator.objects.filter(municipality=municipality, is_public=True)
        .prefetch_related(
            Prefetch("targets", queryset=Target.objects.order_by("due_date")),
            Prefetch(
                "measurements",
                queryset=Measurement.objects.order_by("date").only(
                    "id", "indicator_id", "date", "value", "source"
                ),
            ),
            "goals",
        )
        .order_by("code")
    )


def public_measurements(municipality: Municipality) -> QuerySet[Measurement]:
    return (
        Measurement.objects.filter(municipality=municipality, indicator__is_public=True)
        .select_related("indicator")
        .only("id", "indicator__code", "indicator__unit", "date", "value", "source")
        .order_by("indicator__code", "date")
    )


def public_online_services(municipality: Municipality) -> QuerySet[OnlineService]:
    return (
        OnlineService.objects.filter(municipality=municipality, is_public=True)
        .select_related("scale", "leika_service", "ozg_service", "org_unit")
        .order_by("name")
    )


@dataclass(frozen=True)
class PublicLight:
    """The light the public sees for a measure: the one reported in the latest released
    status update, else the one derived from the plan today; with its reason."""

    value: str  # green/yellow/red, "" where none applies
    reason: str
    reported: bool
    half_year: str  # of the status update it comes from, "" when derived


def public_progress(municipality: Municipality) -> dict[int, int | None]:
    """Measure id -> the percent complete the public may see, for all public measures.

    A measure's stored percent is that of its latest status update, which may be a draft. The
    public sees the percent of the latest released update; a measure never reported shows its
    stored (planned) percent; a measure with drafts only shows none (None).
    """
    released: dict[int, int] = {}
    for measure_id, percent in public_updates(municipality).values_list(
        "measure_id", "percent_complete"
    ):
        released[measure_id] = percent  # ordered by half-year: the last one wins
    reported = set(
        StatusUpdate.objects.filter(municipality=municipality)
        .order_by()
        .values_list("measure_id", flat=True)
    )
    return {
        pk: released.get(pk, None if pk in reported else stored)
        for pk, stored in public_measures(municipality)
        .order_by()
        .values_list("pk", "percent_complete")
    }


def _plan_version(municipality: Municipality) -> tuple:
    """A fingerprint of what the public lights depend on: the latest change of measures,
    milestones, status updates and releases of the municipality (four small aggregates)."""
    scope = {"municipality_id": municipality.pk}
    return (
        Measure.history.filter(**scope).aggregate(v=Max("history_id"))["v"],
        Milestone.history.filter(**scope).aggregate(v=Max("history_id"))["v"],
        StatusUpdate.history.filter(**scope).aggregate(v=Max("history_id"))["v"],
        ReleasedReport.objects.filter(**scope).aggregate(v=Max("pk"))["v"],
    )


def public_lights_cached(municipality: Municipality) -> dict[int, PublicLight]:
    """``public_lights`` of today, from the cache while nothing they depend on changed: the
    overview of a city with 400 measures would otherwise derive every light on each request."""
    key = "public-lights:" + ":".join(
        str(part) for part in (municipality.pk, timezone.localdate(), *_plan_version(municipality))
    )
    lights = cache.get(key)
    if lights is None:
        lights = public_lights(municipality)
        cache.set(key, lights, 24 * 3600)
    return lights


def public_lights(
    municipality: Municipality,
    on: date | None = None,
    progress: dict[int, int | None] | None = None,
) -> dict[int, PublicLight]:
    """Measure id -> public light, for all public measures, in a fixed number of queries.

    The light of the latest released status update, else the one derived from the plan with
    the public percent complete (a draft must not change it; without any public percent the
    derivation assumes none is done). Plain values, not model instances: the overview of a city
    with 400 measures reads every one of them on each request."""
    on = on or timezone.localdate()
    latest: dict[int, tuple[str, str, str]] = {}
    for measure_id, light, deviation, derived_reason, half_year in public_updates(
        municipality
    ).values_list(
        "measure_id", "traffic_light", "deviation_reason", "derived_reason", "period__half_year"
    ):
        latest[measure_id] = (light, deviation or derived_reason, str(half_year))
    if progress is None:
        progress = public_progress(municipality)
    unreported = [
        row
        for row in public_measures(municipality)
        .order_by()
        .values_list("pk", "status", "planned_start", "planned_end")
        if row[0] not in latest
    ]
    milestones: dict[int, list[MilestoneFacts]] = defaultdict(list)
    if unreported:
        for measure_id, title, due, completed in Milestone.objects.filter(
            municipality=municipality, measure_id__in=[row[0] for row in unreported]
        ).values_list("measure_id", "title", "due_date", "completed_date"):
            milestones[measure_id].append(MilestoneFacts(title, due, completed))
    lights = {
        pk: PublicLight(value, reason, True, half_year)
        for pk, (value, reason, half_year) in latest.items()
        if pk in progress
    }
    for pk, status, start, end in unreported:
        facts = MeasureFacts(status, start, end, progress[pk] or 0, milestones[pk])
        derived = traffic_light_derive(facts, on=on)
        lights[pk] = PublicLight(
            derived.light.value if derived.light else "", derived.reason, False, ""
        )
    return lights


def public_open_surveys(municipality: Municipality) -> QuerySet[Survey]:
    """The citizens' surveys open for answers now (staff answer through their own links)."""
    return Survey.objects.filter(
        municipality=municipality, audience=Audience.CITIZENS, status=SurveyStatus.OPEN
    ).order_by("-opened_on", "title")


def public_result_surveys(municipality: Municipality) -> QuerySet[Survey]:
    """Closed surveys whose results the administration made public, newest first."""
    return Survey.objects.filter(
        municipality=municipality, status=SurveyStatus.CLOSED, results_public=True
    ).order_by("-closed_on", "-pk")


def public_survey_results(municipality: Municipality, pk: int) -> SurveyResults | None:
    """The results of a public survey (small groups suppressed, published free texts only);
    None where the survey is not public."""
    survey = public_result_surveys(municipality).filter(pk=pk).first()
    if survey is None:
        return None
    return survey_results(survey, texts=(Moderation.PUBLISHED,))


def public_questions(municipality: Municipality) -> QuerySet[CitizenQuestion]:
    """Published and answered citizens' questions with their public measures; never the
    e-mail address."""
    return (
        CitizenQuestion.objects.filter(
            municipality=municipality, status=QuestionStatus.PUBLISHED
        )
        .exclude(answer="")
        .select_related("field_of_action")
        .prefetch_related(
            Prefetch(
                "measures",
                queryset=Measure.objects.filter(is_public=True)
                .only("id", "code", "title")
                .order_by("code"),
            )
        )
        .only(
            "id", "municipality_id", "field_of_action", "text", "submitted_on", "answer",
            "answered_on",
        )
        .order_by("-answered_on", "-pk")
    )  # fmt: skip
