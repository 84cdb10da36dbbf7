"""The audit trail: every change of a municipality in a span, who, when, what changed."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from sachstand.core.audit import audit_csv, audit_trail
from sachstand.strategy.models import Milestone
from sachstand.strategy.services.measures import measure_save, measure_set_links

BERLIN = ZoneInfo("Europe/Berlin")
SPAN = (datetime(2026, 7, 1, tzinfo=BERLIN), datetime(2027, 1, 1, tzinfo=BERLIN))


@pytest.fixture
def changed(plan, other_plan, time_machine):
    """Before the span: the measure is created. In it: the title changes, goals are linked,
    a milestone is added and deleted; the neighbour changes a measure of its own."""
    time_machine.move_to(datetime(2026, 5, 4, 9, tzinfo=BERLIN), tick=False)
    measure = plan.measure("M 1.1", title="Terminvergabe")
    time_machine.move_to(datetime(2026, 8, 3, 10, 15, tzinfo=BERLIN), tick=False)
    measure_save(
        municipality=plan.municipality,
        code="M 1.1",
        values={"title": "=Online-Terminvergabe"},
        user=plan.actor,
    )
    measure_set_links(measure=measure, goal_codes=["Z 1.1"], user=plan.actor)
    milestone = plan.milestone(measure, "Vergabe", date(2026, 9, 1))
    time_machine.move_to(datetime(2026, 9, 2, 8, tzinfo=BERLIN), tick=False)
    milestone._history_user = plan.actor
    milestone.delete()
    other_plan.measure("M 9.9", title="Nachbarmaßnahme")
    return plan, measure


def test_the_trail_names_every_change_with_old_and_new_values(changed):
    plan, _measure = changed
    rows = list(audit_trail(plan.municipality, *SPAN))
    described = [(r.model, r.action, r.user, r.changes) for r in rows]
    assert (
        "Maßnahme",
        "~",
        "Olga Officer (officer)",
        (("Titel", "Terminvergabe", "=Online-Terminvergabe"),),
    ) in described
    assert (
        "Maßnahme",
        "~",
        "Olga Officer (officer)",
        (("unterstützte Ziele", "", "Z 1.1 Online"),),
    ) in described
    assert [(r.model, r.action) for r in rows if r.model == "Meilenstein"] == [
        ("Meilenstein", "+"),
        ("Meilenstein", "-"),
    ]
    assert all(SPAN[0] <= r.when < SPAN[1] for r in rows)
    assert not any("Nachbar" in r.object for r in rows)
    assert not any(r.action == "+" and r.model == "Maßnahme" for r in rows)  # before the span


def test_the_csv_is_german_excel_friendly_and_defuses_formulas(changed):
    plan, _measure = changed
    data = audit_csv(audit_trail(plan.municipality, *SPAN))
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Zeitpunkt",
        "Person",
        "Objektart",
        "Objekt-ID",
        "Objekt",
        "Aktion",
        "Feld",
        "alter Wert",
        "neuer Wert",
        "Begründung",
    ]
    title = next(r for r in rows if r[6] == "Titel")
    assert title[0] == "2026-08-03 10:15:00"
    assert title[5] == "geändert"
    assert title[8] == "'=Online-Terminvergabe"  # shown, not computed by the spreadsheet


def test_the_command_exports_a_half_year_and_explains_bad_arguments(changed, tmp_path, capsys):
    target = tmp_path / "protokoll.csv"
    call_command("audit", "--municipality=teststadt", "--period=2026-H2", f"--output={target}")
    assert "Olga Officer (officer)" in target.read_text(encoding="utf-8-sig")
    with pytest.raises(CommandError) as missing:
        call_command("audit", "--municipality=teststadt")
    assert "Bitte den Zeitraum angeben" in str(missing.value)
    with pytest.raises(CommandError) as reversed_span:
        call_command("audit", "--municipality=teststadt", "--from=2026-12-31", "--to=2026-07-01")
    assert "Der letzte Tag liegt vor dem ersten." in str(reversed_span.value)


def test_the_back_office_offers_the_trail_of_a_half_year(changed, client):
    plan, _measure = changed
    period = plan.period("2026-H2")
    client.force_login(plan.actor)
    response = client.get(reverse("admin:reporting_reportingperiod_audit", args=[period.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="aenderungsprotokoll-teststadt-2026-H2.csv"'
    )
    assert "=Online-Terminvergabe" in response.content.decode("utf-8-sig")
    assert not Milestone.objects.exists()
