"""The reporting round: deadline, to-do lists, reminders (idempotent), who has not reported,
release after the deadline."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from sachstand.core.halfyear import HalfYear
from sachstand.municipalities.models import Role
from sachstand.reporting.models import ReminderSent
from sachstand.reporting.selectors.rounds import (
    measures_due,
    measures_missing,
    round_overview,
    todo_for,
)
from sachstand.reporting.services.releases import report_release
from sachstand.reporting.services.rounds import reminder_stage, round_open
from sachstand.reporting.services.status_updates import status_update_change, status_update_create
from tests import cast

BERLIN = ZoneInfo("Europe/Berlin")
UPDATE = {
    "traffic_light": "red",
    "percent_complete": 30,
    "summary": "Verzögert.",
    "deviation_reason": "Wie gemeldet.",
}


def fake_render_all(report):
    return {"pdf": b"%PDF", "docx": b"PK", "html": b"<html></html>"}


@pytest.fixture
def round_(plan, time_machine):
    """2026-H2 is open with a deadline on 15 January 2027; three measures of the Bürgeramt and
    one of the IT unit are due, one is deferred, one starts only in 2027."""
    time_machine.move_to(datetime(2026, 12, 20, 9, tzinfo=BERLIN), tick=False)
    period = round_open(
        municipality=plan.municipality,
        half_year=HalfYear.parse("2026-H2"),
        deadline=date(2027, 1, 15),
        user=plan.actor,
    )
    measures = {
        "M 1.1": plan.measure("M 1.1", status="in_progress"),
        "M 1.2": plan.measure("M 1.2", status="planned"),
        "M 1.3": plan.measure("M 1.3", status="completed", actual_end=date(2026, 9, 30)),
        "M 2.1": plan.measure("M 2.1", status="in_progress", org_unit=plan.it),
        "M 3.1": plan.measure("M 3.1", status="deferred"),
        "M 4.1": plan.measure(
            "M 4.1",
            status="planned",
            planned_start=date(2027, 2, 1),
            planned_end=date(2027, 12, 31),
        ),
    }
    editor = cast.member(
        plan,
        "k.nowak",
        Role.EDITOR,
        plan.office,
        first_name="Katarzyna",
        last_name="Nowak",
        email="k.nowak@teststadt.example",
    )
    it_editor = cast.member(
        plan,
        "m.yilmaz",
        Role.EDITOR,
        plan.it,
        first_name="Mehmet",
        last_name="Yılmaz",
        email="m.yilmaz@teststadt.example",
    )
    return plan, period, measures, editor, it_editor


def report(measure, period, user):
    return status_update_create(
        measure=measure,
        period=period,
        values=UPDATE,
        author=user,
        reported_at=datetime(2026, 12, 20, 9, tzinfo=BERLIN),
        user=user,
    )


def test_the_measures_due_are_those_running_in_the_half_year(round_):
    _plan, period, _measures, *_ = round_
    assert {m.code for m in measures_due(period)} == {"M 1.1", "M 1.2", "M 1.3", "M 2.1"}


def test_a_deadline_before_the_half_year_is_refused(plan):
    with pytest.raises(ValidationError) as refused:
        round_open(
            municipality=plan.municipality,
            half_year=HalfYear.parse("2026-H2"),
            deadline=date(2026, 6, 30),
            user=plan.actor,
        )
    assert refused.value.message_dict == {
        "deadline": ["Die Frist 30.06.2026 liegt vor dem Beginn des Halbjahrs 2. Halbjahr 2026."]
    }


def test_each_editor_sees_the_measures_of_their_units_still_to_report(round_, client):
    _plan, period, measures, editor, it_editor = round_
    assert [i.measure.code for i in todo_for(editor, date(2026, 12, 20))] == [
        "M 1.1",
        "M 1.2",
        "M 1.3",
    ]
    report(measures["M 1.1"], period, editor)
    assert [i.measure.code for i in todo_for(editor, date(2026, 12, 20))] == ["M 1.2", "M 1.3"]
    assert [i.measure.code for i in todo_for(it_editor, date(2026, 12, 20))] == ["M 2.1"]
    client.force_login(editor)
    page = client.get(reverse("admin:index")).content.decode()
    assert "Ihre Aufgaben: 2 Sachstandsmeldungen sind noch fällig" in page
    assert f"?measure={measures['M 1.2'].pk}&amp;period={period.pk}" in page
    assert "M 2.1" not in page
    form = client.get(
        reverse("admin:reporting_statusupdate_add"),
        {"measure": measures["M 1.2"].pk, "period": period.pk},
    ).content.decode()
    assert f'<option value="{measures["M 1.2"].pk}" selected>' in form


def test_the_administrator_sees_who_has_not_reported(round_, client):
    plan, period, measures, _editor, it_editor = round_
    report(measures["M 2.1"], period, it_editor)
    overview = round_overview(period)
    assert (overview.due, overview.reported, overview.missing) == (4, 1, 3)
    assert [(e.username, [m.code for m in ms]) for e, ms in overview.editors_missing] == [
        ("k.nowak", ["M 1.1", "M 1.2", "M 1.3"])
    ]
    client.force_login(plan.actor)
    page = client.get(reverse("admin:reporting_reportingperiod_round", args=[period.pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert "Eingegangene Sachstandsmeldungen: 1 von 4." in text
    assert "Katarzyna Nowak" in text and "k.nowak@teststadt.example" in text
    assert "Frist für Sachstandsmeldungen: 15. Januar 2027." in text


def test_the_reminder_stage_is_the_one_reached_and_none_after_the_deadline():
    deadline, stages = date(2027, 1, 15), [14, 7, 1]
    assert reminder_stage(deadline, date(2026, 12, 31), stages) is None  # 15 days left
    assert reminder_stage(deadline, date(2027, 1, 1), stages) == 14
    assert reminder_stage(deadline, date(2027, 1, 7), stages) == 14
    assert reminder_stage(deadline, date(2027, 1, 8), stages) == 7
    assert reminder_stage(deadline, date(2027, 1, 15), stages) == 1
    assert reminder_stage(deadline, date(2027, 1, 16), stages) is None


@override_settings(
    SACHSTAND_REMINDER_DAYS=[14, 7, 1], SACHSTAND_BASE_URL="https://sachstand.example"
)
def test_reminders_are_sent_once_per_stage_to_who_still_owes_updates(round_, capsys):
    _plan, period, measures, editor, it_editor = round_
    report(measures["M 2.1"], period, it_editor)
    call_command("remind", "--date=2026-12-31")
    assert mail.outbox == []
    call_command("remind", "--date=2027-01-02")
    call_command("remind", "--date=2027-01-03")  # the daily job again: nothing new
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["k.nowak@teststadt.example"]
    assert message.subject == (
        "Sachstandsbericht 2. Halbjahr 2026: 3 Sachstandsmeldungen bis 15.01.2027 fällig"
    )
    assert "Guten Tag Katarzyna Nowak," in message.body
    assert "in 13 Tagen" in message.body
    assert (
        f"https://sachstand.example/admin/reporting/statusupdate/add/"
        f"?measure={measures['M 1.1'].pk}&period={period.pk}"
    ) in message.body
    assert "M 2.1" not in message.body
    out = capsys.readouterr().out
    assert "0 Erinnerungen versendet, 1 bereits zuvor versendet." in out
    report(measures["M 1.1"], period, editor)
    call_command("remind", "--date=2027-01-09")  # the 7-day stage, two measures left
    assert len(mail.outbox) == 2
    assert "2 Sachstandsmeldungen" in mail.outbox[1].subject
    assert ReminderSent.objects.filter(period=period).count() == 2


def test_a_dry_run_sends_and_records_nothing_and_missing_addresses_are_named(round_, capsys):
    _plan, _period, _measures, _editor, it_editor = round_
    it_editor.email = ""
    it_editor.save()
    call_command("remind", "--date=2027-01-14", "--dry-run")
    captured = capsys.readouterr()
    assert mail.outbox == [] and not ReminderSent.objects.exists()
    assert "würde erinnern: Teststadt 2026-H2: Katarzyna Nowak <k.nowak@teststadt.example>" in (
        captured.out
    )
    assert "keine E-Mail-Adresse, nicht erinnert: Teststadt: Mehmet Yılmaz" in captured.err


def test_a_released_round_sends_no_more_reminders(round_):
    plan, period, measures, _editor, _it_editor = round_
    for code in ("M 1.1", "M 1.2", "M 1.3", "M 2.1"):
        report(measures[code], period, plan.actor)
    report_release(
        municipality=plan.municipality, period=period, render_all=fake_render_all, user=plan.actor
    )
    call_command("remind", "--date=2027-01-14")
    assert mail.outbox == []


def test_the_report_is_released_after_the_deadline_or_once_everyone_has_reported(round_):
    plan, period, _measures, _editor, _it_editor = round_
    reviewer = cast.member(plan, "h.lange", Role.REVIEWER)
    with pytest.raises(ValidationError) as early:
        report_release(
            municipality=plan.municipality, period=period, render_all=fake_render_all, user=reviewer
        )
    assert early.value.messages == [
        "Die Frist für 2. Halbjahr 2026 endet am 15.01.2027 und 4 Maßnahmen haben noch nicht "
        "gemeldet; bitte den Bericht nach Fristende freigeben."
    ]
    assert not period.released_reports.exists()
    released = report_release(
        municipality=plan.municipality,
        period=period,
        render_all=fake_render_all,
        user=reviewer,
        when=datetime(2027, 1, 16, 9, tzinfo=BERLIN),
    )
    assert released.version == 1 and released.released_by == reviewer
    assert measures_missing(period).count() == 4  # the report says "no status update" for them


def test_releasing_early_is_refused_in_the_back_office_with_the_reason(round_, client):
    plan, period, *_ = round_
    client.force_login(cast.member(plan, "h.lange", Role.REVIEWER))
    response = client.post(
        reverse("admin:reporting_reportingperiod_changelist"),
        {"action": "release_report", "_selected_action": [period.pk]},
        follow=True,
    )
    assert "4 Maßnahmen haben noch nicht gemeldet" in response.content.decode()
    assert not period.released_reports.exists()


def test_after_the_release_editors_no_longer_change_the_half_years_updates(round_):
    plan, period, measures, editor, _it_editor = round_
    update = report(measures["M 1.1"], period, editor)
    report_release(
        municipality=plan.municipality,
        period=period,
        render_all=fake_render_all,
        user=plan.actor,
        when=datetime(2027, 1, 16, tzinfo=BERLIN),
    )
    with pytest.raises(ValidationError) as frozen:
        status_update_change(update=update, values={"summary": "Nachträglich."}, user=editor)
    assert frozen.value.message_dict == {
        "period": [
            "Der Sachstandsbericht für 2. Halbjahr 2026 ist freigegeben; nur die Administration "
            "kann seine Sachstandsmeldungen noch korrigieren."
        ]
    }
    with pytest.raises(ValidationError):
        report(measures["M 1.2"], period, editor)
    status_update_change(update=update, values={"summary": "Korrigiert."}, user=plan.actor)
    update.refresh_from_db()
    assert update.summary == "Korrigiert."
