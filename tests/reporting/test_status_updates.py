"""Status updates: one per measure and period, the derived light beside the reported one."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from sachstand.reporting.models import StatusUpdate
from sachstand.reporting.services.periods import period_get
from sachstand.reporting.services.status_updates import status_update_change, status_update_create

BERLIN = ZoneInfo("Europe/Berlin")
REPORTED = datetime(2026, 6, 25, 10, tzinfo=BERLIN)


def report(plan, measure, period, **values):
    defaults = {"traffic_light": "green", "percent_complete": 50, "summary": "Läuft nach Plan."}
    return status_update_create(
        measure=measure,
        period=period,
        values={**defaults, **values},
        author=plan.actor,
        reported_at=REPORTED,
        user=plan.actor,
    )


def test_derived_light_is_stored_beside_the_reported_one(plan, time_machine):
    time_machine.move_to(datetime(2026, 1, 2, tzinfo=BERLIN), tick=False)
    measure = plan.measure(status="in_progress")
    update = report(plan, measure, plan.period("2026-H1"))
    assert (update.traffic_light, update.derived_traffic_light) == ("green", "green")
    assert update.derived_reason == "im Zeitplan"
    assert not update.deviates


def test_a_different_reported_light_needs_a_reason(plan, time_machine):
    time_machine.move_to(datetime(2026, 1, 2, tzinfo=BERLIN), tick=False)
    measure = plan.measure(status="in_progress")
    plan.milestone(measure, "Vergabe", date(2026, 2, 1))
    period = plan.period("2026-H1")
    with pytest.raises(ValidationError) as error:
        report(plan, measure, period, traffic_light="green")
    message = error.value.message_dict["deviation_reason"][0]
    assert "„grün“" in message and "„rot“" in message and "Vergabe" in message
    assert not StatusUpdate.objects.exists()

    update = report(
        plan,
        measure,
        period,
        traffic_light="yellow",
        deviation_reason="Vergabe am 01.07. terminiert.",
    )
    assert update.deviates and update.derived_traffic_light == "red"


def test_second_update_for_the_same_period_is_refused(plan):
    measure, period = plan.measure(), plan.period("2026-H1")
    report(plan, measure, period, traffic_light="green", deviation_reason="x")
    with pytest.raises(ValidationError) as error:
        report(plan, measure, period)
    assert error.value.message_dict["period"] == [
        "Für die Maßnahme M 1.1 liegt bereits eine Sachstandsmeldung für 2026-H1 vor "
        "(vom 25.06.2026); bitte ändern Sie stattdessen diese."
    ]
    assert StatusUpdate.objects.count() == 1


def test_percent_above_100_in_an_update_is_refused(plan):
    with pytest.raises(ValidationError) as error:
        report(plan, plan.measure(), plan.period(), percent_complete=120)
    assert error.value.message_dict["percent_complete"] == [
        "120 % ist kein Prozentwert zwischen 0 und 100."
    ]
    assert not StatusUpdate.objects.exists()


def test_measure_percent_follows_its_latest_update(plan):
    measure = plan.measure(planned_start=date(2025, 1, 1))
    first = report(plan, measure, plan.period("2025-H2"), percent_complete=30, deviation_reason="x")
    report(plan, measure, plan.period("2026-H1"), percent_complete=60, deviation_reason="x")
    measure.refresh_from_db()
    assert measure.percent_complete == 60
    # Correcting an older update does not move the measure back.
    status_update_change(update=first, values={"percent_complete": 35}, user=plan.actor)
    measure.refresh_from_db()
    assert measure.percent_complete == 60


def test_unchanged_update_writes_nothing(plan):
    update = report(plan, plan.measure(), plan.period(), deviation_reason="x")
    rows = update.history.count()
    status_update_change(update=update, values={"summary": update.summary}, user=plan.actor)
    assert update.history.count() == rows


def test_unknown_period_is_named_with_the_known_ones(plan):
    plan.period("2026-H1")
    with pytest.raises(ValidationError) as error:
        period_get(municipality=plan.municipality, half_year="2030-H2")
    assert error.value.messages == [
        "Für Teststadt gibt es keinen Berichtszeitraum 2030-H2. "
        "Vorhandene Berichtszeiträume: 2026-H1."
    ]
    with pytest.raises(ValidationError) as error:
        period_get(municipality=plan.municipality, half_year="2026-H3")
    assert "„2026-H3“ ist kein Halbjahr" in error.value.messages[0]
