"""Writing the register: services, their criteria and level, usage; feeding the indicators.

Every write goes through here, with history (who, when). A service's level is written with the
scale it was assessed on; where all its criteria are assessed, the level is derived from them by
the lowest-criterion rule and cannot be set by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sachstand.core.halfyear import HalfYear
from sachstand.core.history import set_links
from sachstand.core.services import assign, history_context, save_validated, upsert
from sachstand.indicators.models import Indicator, Measurement, Source
from sachstand.indicators.services import measurement_save
from sachstand.municipalities.models import Municipality
from sachstand.municipalities.roles import Act, require
from sachstand.onlineservices.models import (
    CriterionAssessment,
    MaturityScale,
    OnlineService,
    RegisterSettings,
    ServiceUsage,
)
from sachstand.onlineservices.scales import Derivation, derive_level
from sachstand.onlineservices.selectors import RegisterFigures, register_figures, register_scale
from sachstand.strategy.models import Measure
from sachstand.strategy.selectors.as_of import end_of_day

REGISTER_SOURCE = "Register der Onlinedienste"


def register_scale_choose(
    *, municipality: Municipality, scale: MaturityScale, user: AbstractBaseUser | None
) -> RegisterSettings:
    require(user, Act.EDIT_PLAN, municipality)
    settings_row, _changed = upsert(
        RegisterSettings,
        lookup={"municipality": municipality},
        values={"scale": scale},
        user=user,
    )
    return settings_row


def service_save(
    *,
    municipality: Municipality,
    service: OnlineService | None,
    values: Mapping[str, Any],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
    reason: str | None = None,
) -> tuple[OnlineService, bool]:
    """Create (``service`` None) or update a register entry; writes only what changes.

    A new entry is assessed on the municipality's scale unless ``values`` name one. Where the
    service's criteria are all assessed, their lowest level wins over a level given by hand.
    """
    require(user, Act.EDIT_PLAN, municipality)
    if service is None:
        service = OnlineService(municipality=municipality, scale=register_scale(municipality))
    elif not assign(service, values):
        return service, False
    assign(service, values)
    if service.pk is not None:
        derived = level_derivation(service).level
        if derived is not None:
            service.level = derived
    save_validated(service, user=user, when=when, reason=reason)
    return service, True


def service_set_measures(
    *,
    service: OnlineService,
    measure_codes: Iterable[str],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> bool:
    require(user, Act.EDIT_PLAN, service.municipality_id)
    measures = list(
        Measure.objects.filter(
            municipality_id=service.municipality_id, code__in=list(measure_codes)
        )
    )
    with history_context(service, user=user, when=when):
        return set_links(service, "measures", measures)


def level_derivation(service: OnlineService) -> Derivation:
    """The lowest-criterion rule over the service's assessments on its own scale."""
    criteria = list(service.scale.criteria.all())
    assessed = {
        a.criterion_id: a.level
        for a in CriterionAssessment.objects.filter(service=service, criterion__scale=service.scale)
    }
    return derive_level(criteria, assessed, service.scale.max_level)


@transaction.atomic
def assessments_set(
    *,
    service: OnlineService,
    levels: Mapping[int, int | None],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> Derivation:
    """Record the level reached per criterion (by criterion number; None: not required) on the
    service's scale, and derive the service's level where all criteria are assessed."""
    require(user, Act.EDIT_PLAN, service.municipality_id)
    criteria = {c.number: c for c in service.scale.criteria.all()}
    for number, level in levels.items():
        criterion = criteria.get(number)
        if criterion is None:
            raise ValueError(
                _("%(scale)s has no criterion %(number)d.")
                % {"scale": service.scale, "number": number}
            )
        upsert(
            CriterionAssessment,
            lookup={
                "service": service,
                "criterion": criterion,
                "municipality_id": service.municipality_id,
            },
            values={"level": level},
            user=user,
            when=when,
        )
    derivation = level_derivation(service)
    if derivation.level is not None and derivation.level != service.level:
        service.level = derivation.level
        save_validated(service, user=user, when=when, reason=_("derived from the criteria"))
    return derivation


def usage_save(
    *,
    service: OnlineService,
    half_year: HalfYear,
    values: Mapping[str, Any],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> tuple[ServiceUsage, bool]:
    """Record (or correct) the applications of a half-year by channel and the median time."""
    require(user, Act.RECORD_MEASUREMENT, service.municipality_id, org_unit=service.org_unit_id)
    return upsert(
        ServiceUsage,
        lookup={
            "service": service,
            "municipality_id": service.municipality_id,
            "half_year": half_year,
        },
        values=values,
        user=user,
        when=when,
    )


def _compliant_count(figures: RegisterFigures) -> Decimal | None:
    return Decimal(figures.compliant) if figures.total else None


def _compliant_share(figures: RegisterFigures) -> Decimal | None:
    share = figures.compliant_share
    return None if share is None else share.quantize(Decimal("0.1"))


def _online_share(figures: RegisterFigures) -> Decimal | None:
    share = figures.online_share()
    if share is None:
        return None
    online, total = share
    return (Decimal(100) * online / total).quantize(Decimal("0.1"))


def _went_online(figures: RegisterFigures) -> Decimal | None:
    return Decimal(len(figures.went_online())) if figures.total else None


@dataclass
class FedValues:
    values: dict[str, Decimal | None] = field(default_factory=dict)
    changed: bool = False


# Indicator code -> its value for a half-year from the register (None: the register has none).
FED_INDICATORS = {
    "K-OZG-3-N": _compliant_count,
    "K-OZG-3": _compliant_share,
    "K-ONLINE": _online_share,
    "K-OZG-NEU": _went_online,
}


@transaction.atomic
def register_indicators_update(
    *,
    municipality: Municipality,
    half_year: HalfYear,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> FedValues:
    """Write the register's figures of ``half_year`` as measurements of the indicators it feeds.

    A half-year that has ended is read as the register stood at its end, whenever this runs.
    Only indicators whose source is the register are fed (K-ONLINE, for example, comes from
    event logs unless the municipality switches its source). The measurement's date is the
    half-year's last day, or today while it runs; an earlier figure of the same half-year from
    the register is replaced, so a running half-year keeps one, current value. Returns the
    values (None: the register gives none, e.g. no usage figures) and whether anything changed.
    """
    moment = min(when or timezone.now(), end_of_day(half_year.end))
    day = timezone.localdate(moment)
    fed = FedValues()
    if day < half_year.start:
        return fed
    figures = register_figures(
        municipality=municipality,
        half_year=half_year,
        as_of=moment,
        scale=register_scale(municipality),
    )
    indicators = {
        i.code: i
        for i in Indicator.objects.filter(
            municipality=municipality, code__in=FED_INDICATORS, source=Source.ONLINE_SERVICES
        )
    }
    for code, compute in FED_INDICATORS.items():
        indicator = indicators.get(code)
        if indicator is None:
            continue
        value = compute(figures)
        fed.values[code] = value
        if value is None:
            continue
        deleted, _by_model = (
            Measurement.objects.filter(
                indicator=indicator,
                source=REGISTER_SOURCE,
                date__range=(half_year.start, half_year.end),
            )
            .exclude(date=day)
            .delete()
        )
        _measurement, written = measurement_save(
            indicator=indicator,
            day=day,
            value=value,
            user=user,
            note=_("Computed from the register of online services (%(half_year)s).")
            % {"half_year": half_year.label},
            source=REGISTER_SOURCE,
            when=when,
        )
        fed.changed |= bool(deleted) or written
    return fed
