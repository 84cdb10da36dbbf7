"""The back office renders for every model: list, add and change pages, in German."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib import admin
from django.urls import reverse

from sachstand.core.services import save_validated
from sachstand.municipalities.models import Committee
from sachstand.reporting.models import ReleasedReport
from sachstand.reporting.renderers import render_all
from sachstand.reporting.services.releases import report_release
from sachstand.reporting.services.status_updates import status_update_create
from sachstand.strategy.services.measures import cost_item_save, staff_need_save

OUR_APPS = ("municipalities", "strategy", "reporting")

MODELS = [m for m in admin.site._registry if m._meta.app_label in OUR_APPS]


@pytest.fixture
def filled(plan):
    measure = plan.measure("M 1.1", title="Terminvergabe für alle Ämter", status="in_progress")
    plan.milestone(measure, "Vergabe", date(2026, 2, 1))
    cost_item_save(
        measure=measure,
        year=2026,
        kind="investiv",
        values={"estimated_amount": 1000},
        user=plan.actor,
    )
    staff_need_save(measure=measure, year=2026, full_time_equivalents=1, user=plan.actor)
    status_update_create(
        measure=measure,
        period=plan.period("2026-H1"),
        values={
            "traffic_light": "yellow",
            "deviation_reason": "Vergabe läuft.",
            "percent_complete": 40,
            "summary": "Ausschreibung veröffentlicht.",
        },
        author=plan.actor,
        reported_at=datetime(2026, 6, 20, tzinfo=ZoneInfo("Europe/Berlin")),
        user=plan.actor,
    )
    return plan


def test_every_domain_model_is_in_the_back_office():
    names = {m.__name__ for m in MODELS}
    assert names == {
        "Municipality", "OrgUnit", "Strategy", "FieldOfAction", "Goal", "Measure", "Milestone",
        "CostItem", "StaffNeed", "ReportingPeriod", "StatusUpdate", "ReleasedReport", "Committee",
        "Membership",
    }  # fmt: skip


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_list_add_change_and_history_pages_render(admin_client, filled, model):
    info = model._meta.app_label, model._meta.model_name
    if model is ReleasedReport:
        report_release(
            municipality=filled.municipality,
            period=filled.period("2026-H1"),
            render_all=render_all,
            user=filled.actor,
        )
    elif model is Committee:
        save_validated(
            Committee(municipality=filled.municipality, slug="digital", name="Digitalausschuss"),
            user=None,
        )
    obj = model.objects.first()
    assert obj is not None
    urls = [
        reverse("admin:{}_{}_changelist".format(*info)),
        reverse("admin:{}_{}_change".format(*info), args=[obj.pk]),
        reverse("admin:{}_{}_history".format(*info), args=[obj.pk]),
    ]
    if model is not ReleasedReport:  # released through the period, never added by hand
        urls.append(reverse("admin:{}_{}_add".format(*info)))
    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert response.headers["Content-Language"] == "de"


def test_measure_page_shows_the_derived_light_with_its_reason(admin_client, filled):
    measure = (
        filled.municipality
        and __import__("sachstand.strategy.models", fromlist=["Measure"]).Measure.objects.get()
    )
    page = admin_client.get(
        reverse("admin:strategy_measure_change", args=[measure.pk])
    ).content.decode()
    assert "Ampel (abgeleitet)" in page
    assert "„Vergabe“ seit" in page
    assert "Meilensteine" in page and "Kostenpositionen" in page and "Personalbedarf" in page


def test_measure_list_filters_and_searches(admin_client, filled):
    url = reverse("admin:strategy_measure_changelist")
    assert "Terminvergabe" in admin_client.get(url, {"q": "ämter"}).content.decode()
    assert "Terminvergabe" in admin_client.get(url, {"light": "red"}).content.decode()
    assert "Terminvergabe" not in admin_client.get(url, {"light": "green"}).content.decode()
    assert (
        "Terminvergabe" in admin_client.get(url, {"status__exact": "in_progress"}).content.decode()
    )


def test_status_update_list_shows_both_lights(admin_client, filled):
    page = admin_client.get(reverse("admin:reporting_statusupdate_changelist")).content.decode()
    assert "gelb" in page and "rot" in page


def test_a_deviating_light_without_reason_is_refused_in_the_form(admin_client, filled):
    from sachstand.strategy.models import Measure

    measure = Measure.objects.get()
    period = filled.period("2026-H2")
    response = admin_client.post(
        reverse("admin:reporting_statusupdate_add"),
        {
            "measure": measure.pk,
            "period": period.pk,
            "traffic_light": "green",
            "percent_complete": 50,
            "summary": "Alles gut.",
        },
    )
    assert response.status_code == 200
    assert "Bitte geben Sie eine Begründung an" in response.content.decode()


def test_pages_are_german_even_for_an_english_browser(admin_client, filled):
    url = reverse("admin:strategy_measure_changelist")
    response = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.headers["Content-Language"] == "de"
    assert "Maßnahmen" in response.content.decode()


def test_english_is_offered_by_choice(admin_client, filled):
    admin_client.post(reverse("set_language"), {"language": "en", "next": "/admin/"})
    response = admin_client.get(reverse("admin:strategy_measure_changelist"))
    assert response.headers["Content-Language"] == "en"
    assert "Select measure to change" in response.content.decode()


def measure_form(plan, **values):
    """The POST data of the measure form, with empty inlines unless given."""
    data = {
        "municipality": plan.municipality.pk,
        "code": "M 1.9",
        "title": "Neu",
        "field_of_action": plan.service.pk,
        "org_unit": plan.office.pk,
        "benefit": 3,
        "urgency": 3,
        "effort": 3,
        "status": "planned",
        "percent_complete": 0,
    }
    for prefix in ("milestones", "cost_items", "staff_needs"):
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    return data | values


def test_goals_of_another_municipality_are_refused_in_the_form(admin_client, filled, other_plan):
    from sachstand.strategy.models import Measure

    measure = Measure.objects.get(municipality=filled.municipality)
    data = measure_form(filled, goals=[other_plan.goal_online.pk], dependencies=[measure.pk])
    response = admin_client.post(reverse("admin:strategy_measure_add"), data)
    assert response.status_code == 200
    assert "gehört zu einer anderen Kommune" in response.content.decode()
    assert not Measure.objects.filter(code="M 1.9").exists()


def test_a_measure_is_created_through_the_form_with_its_links(admin_client, filled):
    from sachstand.strategy.models import Measure

    data = measure_form(
        filled,
        goals=[filled.goal_online.pk],
        **{
            "milestones-TOTAL_FORMS": 1,
            "milestones-0-title": "Start",
            "milestones-0-due_date": "01.03.2027",
        },
    )
    response = admin_client.post(reverse("admin:strategy_measure_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    created = Measure.objects.get(code="M 1.9")
    assert list(created.goals.all()) == [filled.goal_online]
    assert created.milestones.get().municipality == filled.municipality
    assert created.priority_rank is not None
