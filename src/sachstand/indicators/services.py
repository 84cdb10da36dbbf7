"""Writing indicators, targets and measurements; loading the ready-made library."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from sachstand.core.history import set_links
from sachstand.core.services import history_context, upsert
from sachstand.indicators.models import Indicator, Measurement, Target
from sachstand.municipalities.models import Municipality
from sachstand.municipalities.roles import Act, require
from sachstand.strategy.models import Goal


def indicator_save(
    *,
    municipality: Municipality,
    code: str,
    values: Mapping[str, Any],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> tuple[Indicator, bool]:
    """Create or update the indicator ``code``; writes only what changes."""
    require(user, Act.EDIT_PLAN, municipality)
    return upsert(
        Indicator,
        lookup={"municipality": municipality, "code": code},
        values=values,
        user=user,
        when=when,
    )


def indicator_set_goals(
    *,
    indicator: Indicator,
    goal_codes: Iterable[str],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> bool:
    require(user, Act.EDIT_PLAN, indicator.municipality_id)
    goals = list(
        Goal.objects.filter(municipality=indicator.municipality, code__in=list(goal_codes))
    )
    with history_context(indicator, user=user, when=when):
        return set_links(indicator, "goals", goals)


def target_save(
    *,
    indicator: Indicator,
    due_date: date,
    value: Decimal,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> tuple[Target, bool]:
    require(user, Act.EDIT_PLAN, indicator.municipality_id)
    return upsert(
        Target,
        lookup={
            "indicator": indicator,
            "municipality": indicator.municipality,
            "due_date": due_date,
        },
        values={"value": value},
        user=user,
        when=when,
    )


def measurement_save(
    *,
    indicator: Indicator,
    day: date,
    value: Decimal,
    user: AbstractBaseUser | None,
    note: str = "",
    source: str = "",
    when: datetime | None = None,
) -> tuple[Measurement, bool]:
    """Record (or correct) the value of ``indicator`` at ``day``; shares 0–100, no negatives."""
    require(user, Act.RECORD_MEASUREMENT, indicator.municipality_id, org_unit=indicator.org_unit_id)
    return upsert(
        Measurement,
        lookup={"indicator": indicator, "municipality": indicator.municipality, "date": day},
        values={"value": value, "note": note, "source": source, "entered_by": user},
        user=user,
        when=when,
    )


@transaction.atomic
def library_load(
    *, municipality: Municipality, user: AbstractBaseUser | None, when: datetime | None = None
) -> int:
    """Add the ready-made indicators the municipality does not have yet; returns their number.
    Existing indicators of the same code are left as the municipality adapted them."""
    from sachstand.indicators.library import LIBRARY

    existing = set(
        Indicator.objects.filter(municipality=municipality).values_list("code", flat=True)
    )
    added = 0
    for entry in LIBRARY:
        if entry["code"] in existing:
            continue
        fields = {k: entry[k] for k in ("name", "unit", "direction", "definition", "source")}
        indicator_save(
            municipality=municipality, code=entry["code"], values=fields, user=user, when=when
        )
        added += 1
    return added
