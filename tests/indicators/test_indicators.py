"""Indicators: values checked, assessed against targets, shown in the report, imported in bulk."""

import io
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from django.core.exceptions import ValidationError

from sachstand.imports.services import plan_import
from sachstand.indicators.assessment import Status
from sachstand.indicators.models import Measurement
from sachstand.indicators.services import (
    indicator_save,
    indicator_set_goals,
    library_load,
    measurement_save,
    target_save,
)
from sachstand.reporting.report_model.builder import report_build

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def online_share(plan, time_machine):
    """Share of online applications, measured every half-year, rising too slowly for 40 %."""
    time_machine.move_to(datetime(2025, 1, 10, tzinfo=BERLIN), tick=False)
    indicator, _ = indicator_save(
        municipality=plan.municipality, code="K-ON", user=plan.actor,
        values={"name": "Anteil Online-Anträge", "unit": "%", "direction": "higher",
                "definition": "Online eingegangene Anträge geteilt durch alle Anträge."},
    )  # fmt: skip
    indicator_set_goals(indicator=indicator, goal_codes=["Z 1.1"], user=plan.actor)
    target_save(indicator=indicator, due_date=date(2027, 12, 31), value=Decimal("40"),
                user=plan.actor)  # fmt: skip
    for day, value in (
        (date(2024, 12, 31), "10"),
        (date(2025, 6, 30), "12"),
        (date(2025, 12, 31), "14"),
        (date(2026, 6, 30), "16"),
    ):
        time_machine.move_to(datetime(day.year, day.month, day.day, tzinfo=BERLIN), tick=False)
        measurement_save(indicator=indicator, day=day, value=Decimal(value), user=plan.actor)
    time_machine.move_to(datetime(2026, 11, 26, tzinfo=BERLIN), tick=False)
    return indicator


def test_shares_must_lie_between_0_and_100(plan, online_share):
    with pytest.raises(ValidationError) as error:
        measurement_save(indicator=online_share, day=date(2026, 9, 30), value=Decimal("120"),
                         user=plan.actor)  # fmt: skip
    assert "120" in error.value.message_dict["value"][0]
    assert Measurement.objects.count() == 4


def test_library_loads_once_and_leaves_adaptations(plan):
    added = library_load(municipality=plan.municipality, user=plan.actor)
    assert added >= 15
    assert library_load(municipality=plan.municipality, user=plan.actor) == 0


def test_report_says_whether_the_goal_will_be_reached(plan, online_share):
    plan.measure("M 1.1")
    period = plan.period("2026-H1", deadline=date(2026, 7, 15))
    report = report_build(municipality=plan.municipality, period=period)
    section = next(s for s in report.sections if s.title == "Zielerreichung")
    texts = [b.text for b in section.blocks if b.kind == "paragraph"]
    # 4 points rising 2 per half-year (about 4 per year): 16 % at mid-2026 gives about 22 % at
    # the end of 2027 – the target of 40 % is missed.
    assert any("40" in t and "verfehlt" in t for t in texts), texts
    table = next(b for b in section.blocks if b.kind == "table" and "Kennzahlen" in b.caption)
    assert table.rows[0][0].text == "K-ON" and table.rows[0][2].text.startswith("16")
    figures = [b for b in section.blocks if b.kind == "figure"]
    assert figures and "Anteil Online-Anträge" in figures[0].alt_text
    summary = report.sections[0]
    assert any("Ziele mit Kennzahlen: 1" in b.text for b in summary.blocks if b.kind == "paragraph")


def test_measurements_import_in_bulk_with_row_and_column(plan, online_share):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Messwerte"
    for row in (["Kennzahl", "Datum", "Wert", "Bemerkung"],
                ["K-ON", "2. HJ 2026", "18 ", "Fachverfahren"],
                ["K-ON", "31.03.2026", "150", ""],
                ["K-XX", "31.12.2026", "1", ""]):  # fmt: skip
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    result = plan_import(municipality=plan.municipality, data=buffer.getvalue(),
                         filename="messwerte.xlsx", user=plan.actor, apply=True)  # fmt: skip
    assert not result.applied
    where = sorted((p.row, p.column.split(" ")[0]) for p in result.problems)
    assert where == [(3, "C"), (4, "A")]
    partly = plan_import(municipality=plan.municipality, data=buffer.getvalue(),
                         filename="messwerte.xlsx", user=plan.actor, apply=True,
                         skip_invalid=True)  # fmt: skip
    assert partly.applied
    assert Measurement.objects.get(date=date(2026, 12, 31)).value == Decimal("18")


def test_status_values_are_known():
    assert {s.value for s in Status} >= {"on_track", "at_risk", "off_track", "reached", "unknown"}


def test_library_command(plan, capsys):
    from django.core.management import call_command

    call_command("indicator-library", "--municipality=teststadt", "--user=officer")
    assert "Kennzahlen" in capsys.readouterr().out
    from sachstand.indicators.models import Indicator

    assert Indicator.objects.filter(municipality=plan.municipality).count() >= 15


def test_indicator_page_shows_chart_sentence_and_entering_a_value_is_one_form(
    admin_client, plan, online_share
):
    from django.urls import reverse

    page = admin_client.get(
        reverse("admin:indicators_indicator_change", args=[online_share.pk])
    ).content.decode()
    assert "<svg" in page and "Bei gleichbleibendem Trend" in page
    assert (
        admin_client.get(
            reverse("admin:indicators_indicator_history", args=[online_share.pk])
        ).status_code
        == 200
    )
    response = admin_client.post(
        reverse("admin:indicators_measurement_add"),
        {"indicator": online_share.pk, "date": "30.09.2026", "value": "17,5", "note": "",
         "source": "Fachverfahren"},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:500]
    measurement = Measurement.objects.get(date=date(2026, 9, 30))
    assert measurement.value == Decimal("17.5")
    assert measurement.entered_by.username == "root"
