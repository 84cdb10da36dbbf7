"""Reporting periods: the half-years the departments report on."""

from __future__ import annotations

from datetime import date, datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from sachstand.core.halfyear import HalfYear
from sachstand.core.services import upsert
from sachstand.municipalities.models import Municipality
from sachstand.municipalities.roles import Act, require
from sachstand.reporting.models import ReportingPeriod


def period_open(
    *,
    municipality: Municipality,
    half_year: HalfYear,
    deadline: date | None,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> ReportingPeriod:
    """Open the reporting period ``half_year`` (or change its deadline)."""
    require(user, Act.RUN_ROUND, municipality)
    period, _written = upsert(
        ReportingPeriod,
        lookup={"municipality": municipality, "half_year": half_year},
        values={"deadline": deadline},
        user=user,
        when=when,
    )
    return period


def period_get(*, municipality: Municipality, half_year: str) -> ReportingPeriod:
    """The period named ``half_year`` (e.g. "2026-H1"); a German error if it is unknown."""
    parsed = HalfYear.parse(half_year)
    period = ReportingPeriod.objects.filter(municipality=municipality, half_year=parsed).first()
    if period is None:
        known = ", ".join(
            str(p.half_year)
            for p in ReportingPeriod.objects.filter(municipality=municipality).order_by("half_year")
        )
        raise ValidationError(
            _("%(municipality)s has no reporting period %(half_year)s. Known periods: %(known)s.")
            % {"municipality": municipality.name, "half_year": parsed, "known": known or "–"},
            code="unknown_period",
        )
    return period
