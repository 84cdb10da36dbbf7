"""A published Teststadt for the public pages: a released half-year, a draft half-year, public
and non-public measures and indicators, and secrets that must never leave the back office."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from sachstand.core.halfyear import HalfYear
from sachstand.indicators.services import (
    indicator_save,
    indicator_set_goals,
    measurement_save,
    target_save,
)
from sachstand.reporting.renderers import render_all
from sachstand.reporting.services.releases import report_release
from sachstand.reporting.services.status_updates import status_update_create
from tests import cast, once

# Text that is in the database but must never appear in public output.
SECRETS = (
    "GEHEIMES-RISIKO",
    "ENTWURF-NICHT-FREIGEGEBEN",
    "INTERNE-MASSNAHME",
    "Erika Kontaktperson",
    "INTERNE-KENNZAHL",
)


def publish(plan, measures: int = 3) -> dict:
    """Teststadt with ``measures`` public measures, one internal one, a released 2026-H1 and a
    draft of the running half-year."""
    today = timezone.localdate()
    running = HalfYear.containing(today)
    released = running.previous()
    public = []
    for n in range(1, measures + 1):
        measure = plan.measure(
            f"M 1.{n}",
            title=f"Öffentliche Maßnahme {n}",
            status="in_progress",
            planned_start=released.start,
            planned_end=running.next().end,
            contact="Erika Kontaktperson",
        )
        plan.milestone(measure, f"Vergabe {n}", released.start + timedelta(days=30),
                       completed=released.start + timedelta(days=40))  # fmt: skip
        plan.milestone(measure, f"Go-live {n}", running.next().start + timedelta(days=20))
        public.append(measure)
    internal = plan.measure("M 2.1", title="INTERNE-MASSNAHME", is_public=False,
                            field_of_action=plan.efile)  # fmt: skip
    old = plan.period(str(released), deadline=released.end)
    draft = plan.period(str(running), deadline=running.end)
    reported_at = timezone.make_aware(datetime.combine(released.end, datetime.min.time()))
    for measure in [*public, internal]:
        status_update_create(
            measure=measure, period=old, author=plan.actor, user=plan.actor,
            reported_at=reported_at,
            values={"traffic_light": "green", "percent_complete": 40,
                    "summary": f"Freigegebener Sachstand von {measure.code}",
                    "risks": "GEHEIMES-RISIKO"},
        )  # fmt: skip
    status_update_create(
        measure=public[0], period=draft, author=plan.actor, user=plan.actor,
        reported_at=timezone.now(),
        values={"traffic_light": "red", "percent_complete": 50,
                "summary": "ENTWURF-NICHT-FREIGEGEBEN", "deviation_reason": "Verzug"},
    )  # fmt: skip
    indicator, _ = indicator_save(
        municipality=plan.municipality, code="K-ON", user=plan.actor,
        values={"name": "Anteil Online-Anträge", "unit": "%", "direction": "higher",
                "definition": "Online eingegangene Anträge geteilt durch alle Anträge."},
    )  # fmt: skip
    indicator_set_goals(indicator=indicator, goal_codes=["Z 1.1"], user=plan.actor)
    target_save(indicator=indicator, due_date=date(today.year + 2, 12, 31), value=Decimal(60),
                user=plan.actor)  # fmt: skip
    for years, value in ((2, "10"), (1, "20"), (0, "30")):
        measurement_save(indicator=indicator, day=date(today.year - years, 1, 31),
                         value=Decimal(value), user=plan.actor, note="interne Notiz")  # fmt: skip
    internal_indicator, _ = indicator_save(
        municipality=plan.municipality, code="K-INT", user=plan.actor,
        values={"name": "INTERNE-KENNZAHL", "unit": "Anzahl", "direction": "higher",
                "definition": "Nur intern.", "is_public": False},
    )  # fmt: skip
    report = report_release(
        municipality=plan.municipality, period=old, render_all=render_all, user=plan.actor
    )
    return {
        "measures": public,
        "internal": internal,
        "indicator": indicator,
        "internal_indicator": internal_indicator,
        "report": report,
        "field": plan.service,
    }


def page_urls(slug: str, data: dict) -> dict[str, str]:
    """One URL of every page type."""
    return {
        "index": "/",
        "overview": f"/{slug}/",
        "field": f"/{slug}/handlungsfelder/{data['field'].pk}/",
        "measure": f"/{slug}/massnahmen/{data['measures'][0].pk}/",
        "indicators": f"/{slug}/kennzahlen/",
        "indicator": f"/{slug}/kennzahlen/{data['indicator'].pk}/",
        "next": f"/{slug}/naechstes-halbjahr/",
        "reports": f"/{slug}/berichte/",
        "open_data": f"/{slug}/daten/",
    }


def _published() -> tuple[cast.Plan, dict]:
    plan = cast.Plan(cast.municipality(), cast.officer())
    return plan, publish(plan)


# Teststadt published once for a module whose tests all start from it (tests/once.py); the module
# imports this and the fixtures below, which stand in for ``plan`` and ``officer``.
published_once = once.module_data("published_once", _published)


@pytest.fixture(name="published")
def published_fresh(published_once, db) -> tuple[cast.Plan, dict]:
    return once.fresh(published_once)


@pytest.fixture(name="plan")
def plan_published(published) -> cast.Plan:
    return published[0]


@pytest.fixture(name="officer")
def officer_published(plan):
    return plan.actor
