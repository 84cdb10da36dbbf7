"""The public pages of the needs analysis: surveys to answer and their results, citizens'
questions and the form to ask one, the privacy notice.

What is public is decided in ``reporting.selectors.public``; these views parse input, check
abuse (``participation.abuse``), call the services and lay out German text. No JavaScript.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from sachstand.core.formatting import format_date, format_number, format_percent
from sachstand.municipalities.models import Municipality
from sachstand.participation import abuse
from sachstand.participation.exports import results_csv
from sachstand.participation.figures import needs_figure, question_figure
from sachstand.participation.forms import QuestionForm, SurveyForm
from sachstand.participation.models import (
    Audience,
    PrivacyContact,
    QuestionKind,
    QuestionStatus,
    Survey,
    SurveyStatus,
)
from sachstand.participation.selectors.results import MIN_ANSWERS, SurveyResults
from sachstand.participation.services.questions import question_submit
from sachstand.participation.services.responses import response_submit, token_state
from sachstand.portal.charts import cached_svg
from sachstand.reporting.selectors import public
from sachstand.strategy.models import Measure


def _municipality(slug: str) -> Municipality:
    return get_object_or_404(public.public_municipalities(), slug=slug)


def _page(
    request: HttpRequest,
    template: str,
    municipality: Municipality,
    status: int = 200,
    **context: Any,
) -> HttpResponse:
    return render(
        request,
        f"participation/{template}",
        {"municipality": municipality, **context},
        status=status,
    )


@dataclass(frozen=True)
class Chart:
    """A chart as the portal's ``_chart.html`` shows it: SVG, text alternative, data table."""

    title: str
    alt_text: str
    svg: str
    table: Any


def _chart(figure) -> Chart:
    # Our own chart from our own data; Vega escapes the text it draws.
    return Chart(figure.title, figure.alt_text, mark_safe(cached_svg(figure)), figure.table)


def surveys(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _municipality(slug)
    closed = [
        {"survey": s, "period": _period(s)} for s in public.public_result_surveys(municipality)
    ]
    return _page(
        request,
        "surveys.html",
        municipality,
        open_surveys=list(public.public_open_surveys(municipality)),
        closed=closed,
    )


def _period(survey: Survey) -> str:
    return f"{format_date(survey.opened_on)} – {format_date(survey.closed_on)}"


def _answerable(municipality: Municipality, pk: int, audience: str) -> Survey:
    return get_object_or_404(
        Survey.objects.filter(municipality=municipality, audience=audience).prefetch_related(
            "questions__options"
        ),
        pk=pk,
    )


def _closed(request: HttpRequest, municipality: Municipality, survey: Survey) -> HttpResponse:
    results = public.public_result_surveys(municipality).filter(pk=survey.pk).exists()
    return _page(
        request,
        "message.html",
        municipality,
        status=410,
        title=survey.title,
        message=_("This survey is not open for answers."),
        results_of=survey if results else None,
    )


@require_http_methods(["GET", "POST"])
def survey(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """A citizens' survey: the form, and the answers sent with it."""
    municipality = _municipality(slug)
    item = _answerable(municipality, pk, Audience.CITIZENS)
    if not item.is_open:
        return _closed(request, municipality, item)
    return _answer(request, municipality, item, token=None)


@require_http_methods(["GET", "POST"])
def survey_invited(request: HttpRequest, slug: str, pk: int, token: str) -> HttpResponse:
    """A staff survey through the one-time link of an invitation."""
    municipality = _municipality(slug)
    item = _answerable(municipality, pk, Audience.STAFF)
    if not item.is_open:
        return _closed(request, municipality, item)
    if abuse.blocked(abuse.LINKS, request):
        return _page(
            request, "message.html", municipality, status=429, title=item.title,
            message=abuse.too_many(abuse.LINKS, request),
        )  # fmt: skip
    state = token_state(survey=item, token=token)
    if state != "ok":
        abuse.admitted(abuse.LINKS, request)
        message = (
            _("This link was already used: each invitation answers the survey once.")
            if state == "used"
            else _("This link is not valid. Please use the link from your invitation.")
        )
        status = 410 if state == "used" else 404
        return _page(
            request, "message.html", municipality, status=status, title=item.title,
            message=message,
        )  # fmt: skip
    return _answer(request, municipality, item, token=token)


def _answer(
    request: HttpRequest, municipality: Municipality, item: Survey, token: str | None
) -> HttpResponse:
    form = SurveyForm(request.POST if request.method == "POST" else None, survey=item)
    refusal, status = "", 200
    if request.method == "POST":
        refusal, status = _check(request, form, abuse.SURVEYS)
        if not refusal and status == 200:
            try:
                response_submit(survey=item, answers=form.answers(), token=token)
            except ValidationError as error:
                _add_errors(form, error)
                refusal, status = _("Your answers were not saved."), 400
            else:
                return redirect("portal:survey_thanks", slug=municipality.slug, pk=item.pk)
    return _page(
        request,
        "survey_form.html",
        municipality,
        status=status,
        survey=item,
        form=form,
        refusal=refusal,
    )


def _check(request: HttpRequest, form, throttle) -> tuple[str, int]:
    """The German reason why a submission is refused (with its status), or ("", 200)."""
    if form.is_bot():
        abuse.admitted(throttle, request)
        return abuse.honeypot_message(), 400
    if not form.is_valid():
        return "", 400
    if not abuse.admitted(throttle, request):
        return abuse.too_many(throttle, request), 429
    return "", 200


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


def survey_thanks(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    municipality = _municipality(slug)
    item = get_object_or_404(
        Survey.objects.filter(municipality=municipality).exclude(status=SurveyStatus.DRAFT), pk=pk
    )
    return _page(
        request,
        "message.html",
        municipality,
        title=item.title,
        message=_("Thank you! Your answers were saved anonymously."),
        success=True,
    )


def _results(municipality: Municipality, pk: int) -> SurveyResults:
    results = public.public_survey_results(municipality, pk)
    if results is None:
        raise Http404
    return results


def survey_results(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    municipality = _municipality(slug)
    results = _results(municipality, pk)
    questions = []
    for r in results.questions:
        shown = not r.suppressed and r.question.kind != QuestionKind.TEXT
        questions.append(
            {
                "result": r,
                "chart": _chart(question_figure(r)) if shown else None,
                "mean": format_number(r.mean, 1) if r.mean is not None else "",
                "need": format_percent(r.need.percent) if r.need else "",
                "respondents": format_number(r.respondents),
            }
        )
    cited_ids = {
        m
        for r in results.questions
        for m in (*r.question.measure_ids, *(i for o in r.question.options for i in o.measure_ids))
    }
    measures = (
        list(public.public_measures(municipality).filter(pk__in=cited_ids)) if cited_ids else []
    )
    survey_row = results.survey
    return _page(
        request,
        "results.html",
        municipality,
        results=results,
        survey=survey_row,
        audience=Audience(survey_row.audience).label,
        period=f"{format_date(survey_row.opened_on)} – {format_date(survey_row.closed_on)}",
        needs=_chart(needs_figure(results.needs)) if results.needs else None,
        questions=questions,
        measures=measures,
        min_answers=MIN_ANSWERS,
    )


def survey_results_csv(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    municipality = _municipality(slug)
    results = _results(municipality, pk)
    response = HttpResponse(results_csv(results), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="umfrage-{municipality.slug}-{results.survey.id}.csv"'
    )
    return response


def _answered(municipality: Municipality):
    return public.public_questions(municipality).annotate(
        merged=Count("duplicates", filter=Q(duplicates__status=QuestionStatus.MERGED))
    )


def answered_rows(questions) -> list[dict[str, Any]]:
    """Answered questions as the pages show them (also on the field and measure pages)."""
    return [
        {
            "question": q,
            "submitted": format_date(q.submitted_on),
            "answered": format_date(q.answered_on),
            "answered_iso": q.answered_on.isoformat() if q.answered_on else "",
            "askers": 1 + getattr(q, "merged", 0),
            "measures": list(q.measures.all()),
        }
        for q in questions
    ]


def questions(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _municipality(slug)
    rows = answered_rows(_answered(municipality))
    groups = []
    for field in public.public_fields(municipality):
        found = [r for r in rows if r["question"].field_of_action_id == field.pk]
        if found:
            groups.append({"title": f"{field.code} {field.title}", "field": field, "rows": found})
    general = [r for r in rows if r["question"].field_of_action_id is None]
    if general:
        groups.append({"title": _("General"), "field": None, "rows": general})
    return _page(request, "questions.html", municipality, groups=groups)


@require_http_methods(["GET", "POST"])
def ask(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _municipality(slug)
    fields = list(public.public_fields(municipality))
    form = QuestionForm(request.POST if request.method == "POST" else None, fields=fields)
    refusal, status = "", 200
    if request.method == "POST":
        refusal, status = _check(request, form, abuse.QUESTIONS)
        if not refusal and status == 200:
            try:
                question_submit(
                    municipality=municipality,
                    field_of_action=form.field_of_action(),
                    text=form.cleaned_data["text"],
                    email=form.cleaned_data.get("email") or "",
                )
            except ValidationError as error:
                _add_errors(form, error)
                refusal, status = _("Your question was not saved."), 400
            else:
                return redirect("portal:ask_thanks", slug=municipality.slug)
    return _page(
        request,
        "ask.html",
        municipality,
        status=status,
        form=form,
        refusal=refusal,
        retention_days=settings.SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS,
    )


def ask_thanks(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _municipality(slug)
    return _page(
        request,
        "message.html",
        municipality,
        title=_("Questions and suggestions"),
        message=_(
            "Thank you! Your question has been received. We check it before we publish it "
            "with our answer."
        ),
        success=True,
        back_to_questions=True,
    )


def privacy(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _municipality(slug)
    return _page(
        request,
        "privacy.html",
        municipality,
        contact=PrivacyContact.objects.filter(municipality=municipality).first(),
        retention_days=settings.SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS,
        min_answers=MIN_ANSWERS,
    )


def measure_questions(municipality: Municipality, measure: Measure) -> list[dict[str, Any]]:
    """The answered questions citing a public measure, for the portal's measure page."""
    return answered_rows(_answered(municipality).filter(measures=measure))


def field_questions(municipality: Municipality, field_id: int) -> list[dict[str, Any]]:
    """The answered questions of a field of action, for the portal's field page."""
    return answered_rows(_answered(municipality).filter(field_of_action_id=field_id))
