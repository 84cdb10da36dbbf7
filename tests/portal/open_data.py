"""Teststadt with open data on 15 September 2026: a released 2026-H1 and a draft 2026-H2, public
and internal measures, indicators and online services, and secrets that must never leave the
back office."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sachstand.indicators.models import Indicator
from sachstand.indicators.services import (
    indicator_save,
    indicator_set_goals,
    measurement_save,
    target_save,
)
from sachstand.onlineservices.models import OnlineService
from sachstand.onlineservices.services import service_save, service_set_measures
from sachstand.reporting.services.releases import report_release
from sachstand.reporting.services.status_updates import status_update_create
from sachstand.strategy.models import Measure
from sachstand.strategy.services.measures import measure_set_links

BERLIN = ZoneInfo("Europe/Berlin")
PLANNED = datetime(2026, 1, 5, 9, tzinfo=BERLIN)
REPORTED = datetime(2026, 6, 25, 10, tzinfo=BERLIN)
RELEASED = datetime(2026, 7, 10, 11, tzinfo=BERLIN)
NOW = datetime(2026, 9, 15, 10, tzinfo=BERLIN)

# In the database, never in a download, the catalogue or the feed.
SECRETS = (
    "GEHEIMES-RISIKO",  # risks of a released status update
    "ENTWURF-SACHSTAND",  # a draft (status update of the unreleased half-year)
    "ENTWURF-SCHRITTE",
    "ENTWURF-BEGRUENDUNG",
    "Erika Kontaktperson",  # contact person of a public measure
    "Olga",  # the author of the status updates (Olga Officer)
    "INTERNE-MASSNAHME",  # a measure not marked public, its code and milestone
    "M-INTERN",
    "INTERNER-MEILENSTEIN",
    "INTERNE-KENNZAHL",  # an indicator not marked public, its code and measurement
    "K-INTERN",
    "INTERNE-QUELLE",
    "INTERNE-NOTIZ",  # the note of a public measurement
    "INTERNER-DIENST",  # an online service not marked public
)


def no_render(report: Any) -> dict[str, bytes]:
    """Released reports store their files; the open data never reads them."""
    return {"pdf": b"%PDF-", "docx": b"PK", "html": b"<html></html>"}


@dataclass
class OpenData:
    public: list[Measure]
    internal: Measure
    by_hand: Measure  # never reported: its percent complete was planned by hand
    drafted: Measure  # only a draft status update so far
    deferred: Measure
    indicator: Indicator
    service: OnlineService


def _update(plan, measure: Measure, period, reported_at: datetime, **values: Any) -> None:
    status_update_create(
        measure=measure,
        period=period,
        values=values,
        author=plan.actor,
        reported_at=reported_at,
        user=plan.actor,
    )


def _measures(plan, count: int) -> list[Measure]:
    public = []
    for n in range(1, count + 1):
        measure = plan.measure(
            f"M 1.{n}",
            title=f"Öffentliche Maßnahme {n}",
            description=f"Beschreibung {n}",
            status="in_progress",
            planned_end=date(2027, 12, 31),
            contact="Erika Kontaktperson",
            council_reference=f"A 2025/{n:03d}",
        )
        measure_set_links(measure=measure, goal_codes=["Z 1.1", "Z 1.2"], user=plan.actor)
        plan.milestone(measure, f"Vergabe {n}", date(2026, 3, 1))
        plan.milestone(measure, f"Go-live {n}", date(2026, 11, 1 + n % 28))
        public.append(measure)
    return public


def _indicators(plan) -> Indicator:
    user, m = plan.actor, plan.municipality
    indicator, _ = indicator_save(
        municipality=m,
        code="K-ON",
        user=user,
        values={
            "name": "Anteil Online-Anträge",
            "unit": "%",
            "direction": "higher",
            "definition": "Online eingegangene Anträge geteilt durch alle Anträge.",
            "baseline_value": Decimal("12.5"),
            "baseline_date": date(2024, 12, 31),
        },
    )
    indicator_set_goals(indicator=indicator, goal_codes=["Z 1.1"], user=user)
    for due, value in ((date(2027, 12, 31), "60"), (date(2030, 12, 31), "90")):
        target_save(indicator=indicator, due_date=due, value=Decimal(value), user=user)
    for day, value in ((date(2025, 6, 30), "20.5"), (date(2025, 12, 31), "31"),
                       (date(2026, 6, 30), "42.25")):  # fmt: skip
        measurement_save(indicator=indicator, day=day, value=Decimal(value), user=user,
                         source="Statistikstelle", note="INTERNE-NOTIZ")  # fmt: skip
    internal, _ = indicator_save(
        municipality=m,
        code="K-INTERN",
        user=user,
        values={"name": "INTERNE-KENNZAHL", "unit": "Anzahl", "direction": "lower",
                "definition": "Nur intern.", "is_public": False},
    )  # fmt: skip
    measurement_save(indicator=internal, day=date(2026, 6, 30), value=Decimal(7), user=user,
                     source="INTERNE-QUELLE")  # fmt: skip
    return indicator


def _services(plan) -> OnlineService:
    m, user = plan.municipality, plan.actor
    service, _ = service_save(
        municipality=m,
        service=None,
        user=user,
        values={"name": "Wohnsitz anmelden", "themenfeld": "Ein- und Auswanderung",
                "lebenslage": "Umzug", "org_unit": plan.office, "level": 3, "e_payment": True,
                "citizen_account": True, "online_since": date(2025, 5, 1),
                "url": "https://example.org/anmeldung"},
    )  # fmt: skip
    service_set_measures(service=service, measure_codes=["M 1.1", "M-INTERN"], user=user)
    service_save(
        municipality=m, service=None, user=user,
        values={"name": "INTERNER-DIENST", "level": 1, "is_public": False},
    )  # fmt: skip
    return service


def publish(plan, clock, measures: int = 3) -> OpenData:
    """The open data of ``plan``'s municipality as it grew in 2026 up to ``NOW``, where
    ``clock`` (the time_machine fixture) is left standing."""
    clock.move_to(PLANNED, tick=False)
    public = _measures(plan, measures)
    internal = plan.measure("M-INTERN", title="INTERNE-MASSNAHME", is_public=False,
                            field_of_action=plan.efile, status="in_progress",
                            planned_end=date(2027, 12, 31))  # fmt: skip
    plan.milestone(internal, "INTERNER-MEILENSTEIN", date(2026, 10, 1))
    by_hand = plan.measure("M 2.1", title="Ohne Sachstand", field_of_action=plan.efile,
                           status="in_progress", percent_complete=15)  # fmt: skip
    drafted = plan.measure("M 2.2", title="Bisher nur im Entwurf", field_of_action=plan.efile,
                           status="in_progress")  # fmt: skip
    deferred = plan.measure("M 3.1", title="Zurückgestellt", status="deferred")
    plan.milestone(deferred, "Später einmal", date(2026, 12, 1))
    released, draft = plan.period("2026-H1"), plan.period("2026-H2")

    clock.move_to(REPORTED, tick=False)
    for measure in public:
        plan.milestone(measure, f"Vergabe {measure.code.removeprefix('M 1.')}", date(2026, 3, 1),
                       completed=date(2026, 3, 10))  # fmt: skip
    for measure in [*public, internal]:
        _update(plan, measure, released, REPORTED, traffic_light="green", percent_complete=40,
                summary=f"Freigegebener Sachstand von {measure.code}",
                next_steps="Abnahme planen", risks="GEHEIMES-RISIKO")  # fmt: skip

    clock.move_to(RELEASED, tick=False)
    report_release(
        municipality=plan.municipality, period=released, render_all=no_render, user=plan.actor
    )
    indicator, service = _indicators(plan), _services(plan)

    clock.move_to(NOW, tick=False)
    for measure, percent in ((public[0], 77), (drafted, 66)):
        _update(plan, measure, draft, NOW, traffic_light="red", percent_complete=percent,
                summary="ENTWURF-SACHSTAND", next_steps="ENTWURF-SCHRITTE",
                deviation_reason="ENTWURF-BEGRUENDUNG", risks="GEHEIMES-RISIKO")  # fmt: skip
    return OpenData(public, internal, by_hand, drafted, deferred, indicator, service)


def neighbour(plan) -> None:
    """Nachbarstadt's own public data, which Teststadt's files must never show."""
    measure = plan.measure("M 1.1", title="NACHBAR-MASSNAHME", status="in_progress")
    plan.milestone(measure, "NACHBAR-MEILENSTEIN", date(2026, 10, 10))
    indicator, _ = indicator_save(
        municipality=plan.municipality, code="K-NACHBAR", user=plan.actor,
        values={"name": "NACHBAR-KENNZAHL", "unit": "Anzahl", "direction": "higher",
                "definition": "Nachbarn."},
    )  # fmt: skip
    measurement_save(indicator=indicator, day=date(2026, 6, 30), value=Decimal(3), user=None)
    service_save(municipality=plan.municipality, service=None, user=plan.actor,
                 values={"name": "NACHBAR-DIENST", "level": 2})  # fmt: skip
