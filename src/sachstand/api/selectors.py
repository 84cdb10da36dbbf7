"""Reads the API needs beyond the public selectors: the drafts an editor may see and the objects
a write refers to.

What the public sees is decided in ``sachstand.reporting.selectors.public`` alone; the API only
narrows those querysets further (codes of related objects, one measure's updates). Every function
takes the municipality, so nothing of another municipality is reachable.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

from sachstand.core.halfyear import HalfYear
from sachstand.indicators.models import Indicator, Measurement
from sachstand.municipalities.models import Municipality
from sachstand.reporting.models import ReportingPeriod, StatusUpdate
from sachstand.reporting.selectors import public
from sachstand.reporting.services.periods import period_get
from sachstand.strategy.models import Goal, Measure


def half_year_parse(text: str) -> HalfYear:
    """``HalfYear.parse`` that also turns an implausible year into the German message."""
    try:
        return HalfYear.parse(text)
    except ValueError:
        raise ValidationError(
            _("“%(value)s” is not a half-year. Expected for example 2026-H1 or 2026-H2."),
            code="invalid_half_year",
            params={"value": text},
        ) from None


def public_goals(municipality: Municipality) -> QuerySet[Goal]:
    """The goals with their field of action, in one query."""
    return public.public_goals(municipality).select_related("field_of_action")


def public_measures(municipality: Municipality) -> QuerySet[Measure]:
    """The public measures with the codes of their goals, in two queries."""
    return public.public_measures(municipality).prefetch_related(
        Prefetch("goals", queryset=Goal.objects.only("id", "code").order_by("code"))
    )


def public_updates(municipality: Municipality) -> QuerySet[StatusUpdate]:
    """The public status updates with the code of their measure, in one query."""
    return (
        public.public_updates(municipality)
        .select_related("measure")
        .only(
            *public.PUBLIC_UPDATE_FIELDS,
            "period__half_year",
            "period__municipality_id",
            "measure__code",
        )
    )


def editor_updates(municipality: Municipality) -> QuerySet[StatusUpdate]:
    """Every status update of the municipality, drafts included, with risks and author: for
    those who may write status updates (see ``sachstand.api.permissions``)."""
    return (
        StatusUpdate.objects.filter(municipality=municipality)
        .select_related("period", "measure", "author")
        .order_by("measure_id", "period__half_year")
    )


def released_period_ids(municipality: Municipality) -> set[int]:
    return set(public.released_periods(municipality).values_list("pk", flat=True))


def measure_for_writing(municipality: Municipality, code: str) -> Measure:
    """The measure ``code`` of the municipality, public or not; a German error if unknown."""
    measure = Measure.objects.filter(municipality=municipality, code=code).first()
    if measure is None:
        raise ValidationError({"measure": _("Unknown measure %(code)s.") % {"code": code}})
    return measure


def indicator_for_writing(municipality: Municipality, code: str) -> Indicator:
    """The indicator ``code`` of the municipality, public or not; a German error if unknown."""
    indicator = Indicator.objects.filter(municipality=municipality, code=code).first()
    if indicator is None:
        known = Indicator.objects.filter(municipality=municipality).values_list("code", flat=True)
        raise ValidationError(
            {
                "indicator": _("Unknown indicator. Known: %(known)s.")
                % {"known": ", ".join(known) or "–"}
            }
        )
    return indicator


def measurement_exists(indicator: Indicator, day: date) -> bool:
    """Whether ``indicator`` has a value at ``day`` (a write then corrects it)."""
    return Measurement.objects.filter(indicator=indicator, date=day).exists()


def open_period(municipality: Municipality, half_year: str) -> ReportingPeriod:
    """The reporting period ``half_year`` if it is open for status updates: opened for the
    municipality and its status report not yet released. German errors otherwise."""
    try:
        period = period_get(municipality=municipality, half_year=str(half_year_parse(half_year)))
    except ValidationError as error:
        raise ValidationError({"period": error.messages}) from None
    period_check_open(municipality, period)
    return period


def period_check_open(municipality: Municipality, period: ReportingPeriod) -> None:
    if period.pk in released_period_ids(municipality):
        raise ValidationError(
            {
                "period": _(
                    "The status report for %(half_year)s has been released; its status updates "
                    "can no longer be changed through the API."
                )
                % {"half_year": period.half_year}
            }
        )


def update_for_writing(municipality: Municipality, pk: int) -> StatusUpdate | None:
    """The status update ``pk`` of the municipality, locked for the rest of the transaction."""
    return (
        StatusUpdate.objects.select_for_update(of=("self",))
        .select_related("period", "measure")
        .filter(municipality=municipality, pk=pk)
        .first()
    )
