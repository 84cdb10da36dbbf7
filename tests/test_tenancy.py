"""One installation, three municipalities: nobody sees or changes another's data.

Every person of every role in each municipality requests every kind of URL (back office, API,
exports, public pages) for the objects of all three; only their own municipality answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token

from sachstand.municipalities.models import Role
from sachstand.reporting.services.releases import report_release
from sachstand.reporting.services.status_updates import status_update_create
from tests import cast, once

BERLIN = ZoneInfo("Europe/Berlin")
ROLES = (Role.ADMINISTRATOR, Role.EDITOR, Role.REVIEWER, Role.COUNCIL_READER)
TOWNS = (
    ("Altstadt", "altstadt", "05111010"),
    ("Bergheim", "bergheim", "05111011"),
    ("Cranz", "cranz", "05111012"),
)


def fake_render_all(report):
    return {"pdf": b"%PDF", "docx": b"PK", "html": b"<html></html>"}


@dataclass
class Town:
    plan: cast.Plan
    secret: str
    measure: object
    draft: object
    period: object
    people: dict

    @property
    def slug(self) -> str:
        return self.plan.municipality.slug


def town(name: str, slug: str, ags: str) -> Town:
    secret = f"GEHEIM-{slug.upper()}"
    officer = cast.user(f"{slug}.admin")
    plan = cast.Plan(cast.municipality(name, slug, ags), officer)
    measure = plan.measure("M 1.1", title=f"Terminvergabe {slug}", status="in_progress")
    plan.milestone(measure, f"Vergabe {slug}", date(2026, 3, 1), completed=date(2026, 2, 20))
    released, open_period = plan.period("2026-H1"), plan.period("2026-H2")
    values = {"traffic_light": "green", "percent_complete": 40, "summary": f"Läuft {slug}."}
    status_update_create(
        measure=measure,
        period=released,
        values=values,
        author=officer,
        reported_at=datetime(2026, 6, 20, tzinfo=BERLIN),
        user=officer,
    )
    report_release(
        municipality=plan.municipality, period=released, render_all=fake_render_all, user=None
    )
    draft = status_update_create(
        measure=measure,
        period=open_period,
        values={**values, "summary": f"Entwurf {secret}", "risks": secret},
        author=officer,
        reported_at=datetime(2026, 7, 10, tzinfo=BERLIN),
        user=officer,
    )
    people = {Role.ADMINISTRATOR: officer}
    for role in ROLES[1:]:
        units = (plan.office,) if role == Role.EDITOR else ()
        people[role] = cast.member(plan, f"{slug}.{role}", role, *units)
    return Town(plan, secret, measure, draft, open_period, people)


NOW = datetime(2026, 7, 15, 10, tzinfo=BERLIN)


def three_towns() -> list[Town]:
    with time_machine.travel(NOW, tick=False):
        return [town(*t) for t in TOWNS]


towns_once = once.module_data("towns_once", three_towns)


@pytest.fixture
def towns(towns_once, db, time_machine) -> list[Town]:
    time_machine.move_to(NOW, tick=False)
    return once.fresh(towns_once)


def back_office_urls(t: Town) -> list[str]:
    m, d, p = t.measure, t.draft, t.period
    return [
        reverse("admin:strategy_measure_change", args=[m.pk]),
        reverse("admin:strategy_measure_history", args=[m.pk]),
        reverse("admin:reporting_statusupdate_change", args=[d.pk]),
        reverse("admin:reporting_statusupdate_history", args=[d.pk]),
        reverse("admin:strategy_milestone_change", args=[m.milestones.get().pk]),
        reverse("admin:reporting_reportingperiod_round", args=[p.pk]),
        reverse("admin:reporting_reportingperiod_report", args=[p.pk, "html"]),
        reverse("admin:reporting_reportingperiod_audit", args=[p.pk]),
        reverse("admin:imports_importrun_export", args=[t.plan.municipality.pk, "csv"]),
    ]


def list_urls() -> list[str]:
    return [
        reverse("admin:strategy_measure_changelist"),
        reverse("admin:reporting_statusupdate_changelist"),
        reverse("admin:strategy_milestone_changelist"),
        reverse("admin:reporting_reportingperiod_changelist"),
        reverse("admin:municipalities_membership_changelist"),
        reverse("admin:index"),
    ]


def public_urls(t: Town, slug: str) -> list[str]:
    """The public URLs of ``t``'s objects, under the address of the municipality ``slug``."""
    return [
        f"/{slug}/massnahmen/{t.measure.pk}/",
        f"/{slug}/handlungsfelder/{t.measure.field_of_action_id}/",
    ]


@pytest.mark.parametrize("role", ROLES, ids=str)
def test_the_back_office_shows_each_person_only_their_own_municipality(towns, role):
    for home in towns:
        client = Client()
        client.force_login(home.people[role])
        for other in towns:
            for url in back_office_urls(other):
                response = client.get(url)
                body = response.content.decode("utf-8", "replace")
                if other is home:
                    assert response.status_code == 200, (role, url)
                else:
                    assert response.status_code in (302, 404), (role, url, response.status_code)
                    assert other.secret not in body and other.slug not in body, (role, url)
        for url in list_urls():
            body = client.get(url).content.decode()
            for other in towns:
                if other is not home:
                    assert other.slug not in body and other.secret not in body, (role, url)


@pytest.mark.parametrize("role", ROLES, ids=str)
def test_the_api_gives_drafts_only_to_the_own_municipality_and_writes_nowhere_else(towns, role):
    for home in towns:
        token = Token.objects.create(user=home.people[role]).key
        client = Client(HTTP_AUTHORIZATION=f"Token {token}")
        for other in towns:
            base = f"/api/v1/municipalities/{other.slug}"
            body = client.get(f"{base}/status-updates/").content.decode()
            assert (other.secret in body) == (other is home), (role, other.slug)
            detail = client.get(f"{base}/status-updates/{other.draft.pk}/")
            assert detail.status_code == (200 if other is home else 404), (role, other.slug)
            response = client.post(
                f"{base}/measurements/",
                {"indicator": "K 1", "date": "2026-07-01", "value": "1"},
                content_type="application/json",
            )
            if other is not home:
                assert response.status_code == 403, (role, other.slug)


def test_public_pages_and_open_data_show_a_municipality_only_its_own(towns, client):
    for home in towns:
        for other in towns:
            for url in public_urls(other, home.slug):
                status = client.get(url).status_code
                assert status == (200 if other is home else 404), url
        for name in ("massnahmen", "meilensteine"):
            body = client.get(f"/{home.slug}/daten/{name}.csv").content.decode()
            for other in towns:
                assert (other.slug in body) == (other is home), (name, other.slug)
                assert other.secret not in body
        calendar = client.get(f"/{home.slug}/termine.ics").content.decode()
        for other in towns:
            assert other.secret not in calendar
            if other is not home:
                assert other.slug not in calendar


def test_each_municipality_runs_its_own_round_with_its_own_editors(towns):
    from sachstand.reporting.selectors.rounds import round_overview

    for t in towns:
        overview = round_overview(t.period)
        editors = {e.username for unit in overview.units for e in unit.editors}
        assert editors == {f"{t.slug}.editor"}
        assert overview.reported == 1
