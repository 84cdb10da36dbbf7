"""Musterstadt: loaded through the services, with a history dated as it happened."""

from collections import Counter
from datetime import date

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.utils.translation import gettext as _

from sachstand.demo.data import participation
from sachstand.demo.services import demo_load
from sachstand.indicators.models import Measurement
from sachstand.municipalities.models import Municipality
from sachstand.onlineservices.models import OnlineService
from sachstand.participation.models import CitizenQuestion, Survey
from sachstand.participation.selectors.plan import measure_evidence
from sachstand.reporting.models import ReleasedReport, ReportingPeriod, StatusUpdate
from sachstand.reporting.report_model.builder import report_build
from sachstand.strategy.models import CostItem, FieldOfAction, Measure
from sachstand.strategy.selectors.as_of import plan_as_of

DOMAIN_APPS = (
    "municipalities",
    "strategy",
    "reporting",
    "indicators",
    "onlineservices",
    "participation",
)


def row_counts() -> dict[str, int]:
    counts = {}
    for app in DOMAIN_APPS:
        for model in apps.get_app_config(app).get_models():
            counts[model._meta.label] = model._default_manager.count()
    return counts


@override_settings(DEBUG=True)
def test_musterstadt_is_a_full_and_lived_in_plan(db, client, capsys):
    """One load by the command, every promise of the demo (loading takes most of a minute, so
    it is loaded once and the checks share it)."""
    call_command("demo")
    out = capsys.readouterr().out
    assert "Musterstadt" in out and "„demo“" in out
    assert "OZG/LeiKa-Katalog: 557 OZG-Leistungen und 5251 LeiKa-Leistungen gelesen" in out
    musterstadt = Municipality.objects.get(slug="musterstadt")
    check_full_plan(musterstadt)
    check_updates_for_three_half_years(musterstadt)
    check_history_dated_as_it_happened(musterstadt)
    check_plan_changed_between_the_reports(musterstadt)
    check_released_reports_and_the_changes_since(musterstadt)
    check_every_goal_is_assessed_with_numbers(musterstadt)
    check_register_of_online_services(musterstadt)
    check_needs_analysis(client, musterstadt)
    check_loading_twice_writes_nothing()
    check_a_changed_demo_is_restored_and_its_logins_work(client, musterstadt)


def check_full_plan(musterstadt):
    fields = FieldOfAction.objects.filter(municipality=musterstadt)
    assert fields.count() == 9
    assert all(f.measures.exists() for f in fields)
    measures = Measure.objects.filter(municipality=musterstadt)
    assert measures.count() >= 40
    statuses = Counter(measures.values_list("status", flat=True))
    assert statuses["completed"] >= 4 and statuses["cancelled"] >= 1 and statuses["deferred"] >= 1
    assert all(m.milestones.exists() for m in measures)
    funded = CostItem.objects.filter(municipality=musterstadt, funded_amount__gt=0)
    sources = set(funded.values_list("funding_source", flat=True))
    assert any("DigitalPakt" in s for s in sources) and any("Gigabit" in s for s in sources)


def check_updates_for_three_half_years(musterstadt):
    updates = StatusUpdate.objects.filter(municipality=musterstadt)
    per_period = Counter(str(u.period.half_year) for u in updates.select_related("period"))
    assert set(per_period) == {"2025-H1", "2025-H2", "2026-H1"}
    assert Counter(updates.values_list("traffic_light", flat=True)).keys() == {
        "green",
        "yellow",
        "red",
    }
    deviating = [u for u in updates if u.deviates]
    assert deviating and all(u.deviation_reason.strip() for u in deviating)


def check_history_dated_as_it_happened(musterstadt):
    dates = Measure.history.filter(municipality_id=musterstadt.pk).values_list(
        "history_date", flat=True
    )
    years = Counter(d.year for d in dates)
    assert set(years) <= {2024, 2025, 2026}
    assert years[2025] > 0 and years[2026] > 0
    assert max(dates).date() <= date(2026, 10, 31)


def check_plan_changed_between_the_reports(musterstadt):
    before = plan_as_of(municipality=musterstadt, when=date(2025, 12, 31))
    after = plan_as_of(municipality=musterstadt, when=date(2026, 6, 30))
    assert len(after.measures) > len(before.measures)
    status_before = {m.code: m.status for m in before.measures}
    completed = [
        m.code
        for m in after.measures
        if m.status == "completed" and status_before.get(m.code) != "completed"
    ]
    assert completed


def check_released_reports_and_the_changes_since(musterstadt):
    released = ReleasedReport.objects.filter(municipality=musterstadt).order_by("period__half_year")
    assert [str(r.period.half_year) for r in released] == ["2025-H1", "2025-H2"]
    assert all(r.pdf_sha256 and bytes(r.pdf).startswith(b"%PDF") for r in released)
    period = ReportingPeriod.objects.get(municipality=musterstadt, half_year="2026-H1")
    report = report_build(municipality=musterstadt, period=period)
    changes = report.sections[1]
    assert changes.blocks[0].text.startswith("Verglichen mit: Bericht 2025-H2, Version 1")
    tables = {b.caption: b for b in changes.blocks if b.kind == "table"}
    for caption in ("Neue Maßnahmen", "Abgeschlossene Maßnahmen", "Erreichte Meilensteine",
                    "Verschobene Meilensteine", "Ampeländerungen"):  # fmt: skip
        assert tables[caption].rows, caption


def check_every_goal_is_assessed_with_numbers(musterstadt):
    period = ReportingPeriod.objects.get(municipality=musterstadt, half_year="2026-H1")
    report = report_build(municipality=musterstadt, period=period)
    section = next(s for s in report.sections if s.title == "Zielerreichung")
    goals = next(b for b in section.blocks if b.kind == "table")
    assert len(goals.rows) == 22  # every goal of Musterstadt has an indicator
    assert all(row[1].text != "nicht bewertbar" for row in goals.rows)
    sentences = [b.text for b in section.blocks if b.kind == "paragraph"][1:]
    assert any("verfehlt" in s for s in sentences) and any("erreicht" in s for s in sentences)


def check_register_of_online_services(musterstadt):
    services = OnlineService.objects.filter(municipality=musterstadt)
    assert services.count() == 60
    assert services.filter(leika_service__isnull=True).count() == 3  # local services
    assert services.filter(level__gte=3).count() == 25
    # Levels rose over time: the history holds every step.
    housing = services.get(name="Wohnsitz Anmeldung")
    levels = [h.level for h in housing.history.order_by("history_date", "history_id")]
    assert [lv for n, lv in enumerate(levels) if n == 0 or levels[n - 1] != lv] == [1, 2, 3]
    # Criteria assessed for three services; their level is the lowest criterion's.
    assessed = services.filter(assessments__isnull=False).distinct()
    assert assessed.count() == 3
    for service in assessed:
        levels = [a.level for a in service.assessments.all() if a.level is not None]
        assert service.level == min(levels)
    # The register fed the OZG indicators every half-year; the last value equals the register.
    fed = Measurement.objects.filter(
        municipality=musterstadt, indicator__code="K-OZG-3-N"
    ).order_by("date")
    assert [(str(m.date), int(m.value)) for m in fed][-2:] == [
        ("2026-06-30", 22),
        ("2026-11-20", 25),
    ]
    # The released report of 2025-H2 already has the OZG section.
    released = ReleasedReport.objects.get(
        municipality=musterstadt, period__half_year="2025-H2", committee__isnull=True
    )
    assert "Onlinedienste (OZG)" in [s["title"] for s in released.content["sections"]]


def check_needs_analysis(client, musterstadt):
    """Surveys, citizens' questions, the evidence for measures and the report section."""
    surveys = {s.title: s for s in Survey.objects.filter(municipality=musterstadt)}
    citizens = surveys[participation.CITIZENS["title"]]
    staff = surveys[participation.STAFF["title"]]
    assert citizens.status == staff.status == "closed"
    assert citizens.responses.count() >= 40 and staff.responses.count() == 27
    assert staff.tokens.filter(used=True).count() == 27
    statuses = Counter(
        CitizenQuestion.objects.filter(municipality=musterstadt).values_list("status", flat=True)
    )
    assert statuses == {"published": 9, "merged": 2, "rejected": 1, "new": 1}
    evidence = measure_evidence(musterstadt)
    assert len(evidence) >= 10
    # The report of 2026-H1 has the section, with both surveys and the measures citing them.
    period = ReportingPeriod.objects.get(municipality=musterstadt, half_year="2026-H1")
    report = report_build(municipality=musterstadt, period=period)
    section = next(
        s for s in report.sections if s.title == _("Needs analysis and citizen participation")
    )
    assert [s.title for s in section.subsections[:2]] == [staff.title, citizens.title]
    measures = next(b for b in section.subsections[2].blocks if b.kind == "table")
    assert len(measures.rows) >= 10
    slug = musterstadt.slug
    for url in (f"/{slug}/umfragen/", f"/{slug}/umfragen/{citizens.pk}/ergebnisse/",
                f"/{slug}/fragen/", f"/{slug}/datenschutz/"):  # fmt: skip
        assert client.get(url).status_code == 200, url
    assert client.get(f"/{slug}/umfragen/{staff.pk}/ergebnisse/").status_code == 404  # internal


def check_loading_twice_writes_nothing():
    rows = row_counts()
    second = demo_load()
    assert not second.fresh
    assert sum(second.written.values()) == 0
    assert row_counts() == rows


def check_a_changed_demo_is_restored_and_its_logins_work(client, musterstadt):
    measure = Measure.objects.filter(municipality=musterstadt).first()
    Measure.objects.filter(pk=measure.pk).update(title="verändert")
    result = demo_load()
    measure.refresh_from_db()
    assert measure.title != "verändert"
    assert result.written["measure"] == 1
    assert client.login(username="demo", password="demo")
    assert client.get("/admin/").status_code == 200
    assert client.login(username="k.nowak", password="demo")


@override_settings(DEBUG=False)
def test_demo_is_refused_with_debug_off(db):
    with pytest.raises(CommandError) as error:
        call_command("demo")
    assert "DEBUG" in str(error.value)
    assert not Measure.objects.exists()
