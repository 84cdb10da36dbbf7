"""The cast of the API tests: Teststadt with a released half-year (2026-H1) and an open one
(2026-H2), public and internal things side by side, an editor with a token, a reader whose token
grants nothing, and Nachbarstadt next door. The clock stands on 15 July 2026."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from sachstand.indicators.models import Indicator
from sachstand.indicators.services import (
    indicator_save,
    indicator_set_goals,
    measurement_save,
    target_save,
)
from sachstand.municipalities.models import Role
from sachstand.onlineservices.models import OnlineService
from sachstand.onlineservices.services import service_save
from sachstand.reporting.models import ReportingPeriod, StatusUpdate
from sachstand.reporting.services.releases import report_release
from sachstand.reporting.services.status_updates import status_update_create
from sachstand.strategy.models import Measure
from sachstand.strategy.services.measures import measure_set_links
from tests import cast

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 7, 15, 10, 0, tzinfo=BERLIN)
# Words that must never leave the house; each test data item that is not public carries one.
SECRETS = ("RISIKO-GEHEIM", "ENTWURF-GEHEIM", "INTERN-GEHEIM", "KONTAKT-GEHEIM", "NOTIZ-GEHEIM")


@pytest.fixture(autouse=True)
def clock(time_machine):
    time_machine.move_to(NOW, tick=False)


def client_with_token(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def api() -> APIClient:
    """Anyone on the internet: no login."""
    return APIClient()


@pytest.fixture
def editor(plan):
    """The editor of the Bürgeramt: writes the status updates of its measures and the
    measurements of its indicators, as in the back office."""
    return cast.member(plan, "editor", Role.EDITOR, plan.office, first_name="Edda",
                       last_name="Editor")  # fmt: skip


@pytest.fixture
def editor_api(editor) -> APIClient:
    return client_with_token(editor)


@pytest.fixture
def reader_api(db) -> APIClient:
    """Logged in with a token, but without any role."""
    return client_with_token(cast.user("reader"))


def fake_render_all(report) -> dict[str, bytes]:
    """Releasing stores the rendered files; what they hold does not matter here."""
    return {"pdf": b"%PDF", "docx": b"PK", "html": b"<html></html>"}


def report(plan: cast.Plan, measure: Measure, period: ReportingPeriod, **values: Any):
    defaults = {"traffic_light": "green", "percent_complete": 40, "summary": "Läuft."}
    return status_update_create(
        measure=measure,
        period=period,
        values={**defaults, **values},
        author=plan.actor,
        reported_at=datetime(2026, 6, 25, 12, tzinfo=BERLIN),
        user=plan.actor,
    )


def release(plan: cast.Plan, period: ReportingPeriod) -> None:
    report_release(
        municipality=plan.municipality, period=period, render_all=fake_render_all, user=plan.actor
    )


def indicator(plan: cast.Plan, code: str, **values: Any) -> Indicator:
    defaults = {
        "org_unit": plan.office,
        "name": f"Kennzahl {code}",
        "unit": "Anzahl",
        "direction": "higher",
        "definition": "Gezählt wird, was zählt.",
    }
    created, _ = indicator_save(
        municipality=plan.municipality, code=code, values={**defaults, **values}, user=plan.actor
    )
    return created


def online_service(plan: cast.Plan, name: str, **values: Any) -> OnlineService:
    created, _ = service_save(
        municipality=plan.municipality,
        service=None,
        values={"name": name, **values},
        user=plan.actor,
    )
    return created


@dataclass
class Published:
    """What Teststadt has published, and what it keeps inside."""

    plan: cast.Plan
    measure: Measure
    hidden_measure: Measure
    released: ReportingPeriod
    open: ReportingPeriod
    released_update: StatusUpdate
    draft: StatusUpdate
    hidden_update: StatusUpdate
    indicator: Indicator
    hidden_indicator: Indicator
    service: OnlineService
    hidden_service: OnlineService

    @property
    def slug(self) -> str:
        return self.plan.municipality.slug


def publish(plan: cast.Plan) -> Published:
    measure = plan.measure(
        "M 1.1",
        title="Online-Terminvergabe",
        description="Termine im Bürgeramt online buchen.",
        status="in_progress",
        contact="Erika KONTAKT-GEHEIM, Tel. 4711",
        council_reference="A 2024/081",
    )
    measure_set_links(measure=measure, goal_codes=["Z 1.1", "Z 1.2"], user=plan.actor)
    hidden = plan.measure(
        "M 2.1",
        title="Personalplanung INTERN-GEHEIM",
        field_of_action=plan.efile,
        is_public=False,
        contact="KONTAKT-GEHEIM",
    )
    plan.milestone(measure, "Vergabe", date(2026, 3, 1), completed=date(2026, 2, 20))
    plan.milestone(hidden, "Meilenstein INTERN-GEHEIM", date(2026, 9, 1))
    released, open_period = plan.period("2026-H1"), plan.period("2026-H2")
    released_update = report(
        plan,
        measure,
        released,
        summary="Ausschreibung veröffentlicht.",
        next_steps="Zuschlag erteilen.",
        risks="RISIKO-GEHEIM: Lieferverzug",
    )
    hidden_update = report(plan, hidden, released, summary="Bericht INTERN-GEHEIM")
    release(plan, released)
    draft = report(
        plan,
        measure,
        open_period,
        traffic_light="yellow",
        deviation_reason="Lieferant verspätet.",
        summary="ENTWURF-GEHEIM: noch nicht freigegeben",
        risks="RISIKO-GEHEIM",
    )

    kpi = indicator(plan, "K 1", name="Onlinedienste ab Reifegrad 3", baseline_value=10,
                    baseline_date=date(2025, 1, 1))  # fmt: skip
    indicator_set_goals(indicator=kpi, goal_codes=["Z 1.1"], user=plan.actor)
    target_save(indicator=kpi, due_date=date(2027, 12, 31), value=Decimal(50), user=plan.actor)
    for day, value in ((date(2025, 12, 31), "18"), (date(2026, 6, 30), "23.5")):
        measurement_save(indicator=kpi, day=day, value=Decimal(value), note="NOTIZ-GEHEIM",
                         source="Register", user=plan.actor)  # fmt: skip
    hidden_kpi = indicator(plan, "K 9", name="Krankenstand INTERN-GEHEIM", is_public=False)
    measurement_save(indicator=hidden_kpi, day=date(2026, 6, 30), value=Decimal(7),
                     user=plan.actor)  # fmt: skip

    service = online_service(plan, "Anwohnerparkausweis", level=3, e_payment=True,
                             url="https://example.org/parken")  # fmt: skip
    hidden_service = online_service(plan, "Testdienst INTERN-GEHEIM", is_public=False)
    return Published(
        plan, measure, hidden, released, open_period, released_update, draft, hidden_update,
        kpi, hidden_kpi, service, hidden_service,
    )  # fmt: skip


@pytest.fixture
def city(plan) -> Published:
    return publish(plan)


@pytest.fixture
def neighbour(other_plan) -> Published:
    return publish(other_plan)
