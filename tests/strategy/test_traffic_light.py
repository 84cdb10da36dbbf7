"""The derived traffic light: each rule, its thresholds, and how findings combine."""

from datetime import date, timedelta

import pytest

from sachstand.strategy.models import MeasureStatus, TrafficLight
from sachstand.strategy.services.traffic_light import (
    MeasureFacts,
    MilestoneFacts,
    traffic_light_derive,
)

ON = date(2026, 6, 30)


def facts(**overrides) -> MeasureFacts:
    values = {
        "status": MeasureStatus.IN_PROGRESS,
        "planned_start": date(2026, 1, 1),
        "planned_end": date(2026, 12, 31),
        "percent_complete": 50,
        "milestones": (),
    }
    return MeasureFacts(**{**values, **overrides})


def overdue_by(days: int, completed: date | None = None) -> MilestoneFacts:
    return MilestoneFacts("Abnahme", ON - timedelta(days=days), completed)


def test_measure_on_schedule_is_green():
    derived = traffic_light_derive(facts(), on=ON)
    assert derived.light == TrafficLight.GREEN
    assert derived.reason == "im Zeitplan"


def test_completed_measure_is_green_whatever_its_dates():
    derived = traffic_light_derive(
        facts(status=MeasureStatus.COMPLETED, planned_end=date(2025, 1, 1), percent_complete=100),
        on=ON,
    )
    assert derived.light == TrafficLight.GREEN


@pytest.mark.parametrize("status", [MeasureStatus.DEFERRED, MeasureStatus.CANCELLED])
def test_deferred_and_cancelled_measures_have_no_light(status):
    derived = traffic_light_derive(facts(status=status, planned_end=date(2025, 1, 1)), on=ON)
    assert derived.light is None
    assert derived.reason in ("Maßnahme zurückgestellt", "Maßnahme abgebrochen")


@pytest.mark.parametrize(
    ("days", "light"),
    [
        (0, TrafficLight.GREEN),
        (1, TrafficLight.YELLOW),
        (60, TrafficLight.YELLOW),
        (61, TrafficLight.RED),
    ],
)
def test_overdue_milestone_turns_yellow_then_red_after_60_days(days, light):
    derived = traffic_light_derive(facts(milestones=[overdue_by(days)]), on=ON)
    assert derived.light == light
    if days:
        assert f"seit {days} Tag" in derived.reason


def test_milestone_reached_after_the_reference_date_counts_as_open_then():
    late = overdue_by(10, completed=ON + timedelta(days=5))
    assert traffic_light_derive(facts(milestones=[late]), on=ON).light == TrafficLight.YELLOW


def test_milestone_reached_late_but_before_the_reference_date_no_longer_counts():
    reached = overdue_by(10, completed=ON - timedelta(days=1))
    assert traffic_light_derive(facts(milestones=[reached]), on=ON).light == TrafficLight.GREEN


def test_the_most_overdue_milestone_is_named_and_the_others_counted():
    derived = traffic_light_derive(
        facts(milestones=[overdue_by(5), MilestoneFacts("Vergabe", ON - timedelta(days=20), None)]),
        on=ON,
    )
    assert "„Vergabe“ seit 20 Tagen überfällig" in derived.reason
    assert "1 weiterer überfällig" in derived.reason


def test_passed_planned_end_is_red():
    derived = traffic_light_derive(
        facts(planned_start=date(2025, 1, 1), planned_end=date(2026, 6, 29), percent_complete=95),
        on=ON,
    )
    assert derived.light == TrafficLight.RED
    assert "geplantes Ende 29.06.2026 überschritten" in derived.reason


@pytest.mark.parametrize(
    ("delay", "light"),
    [
        (30, TrafficLight.GREEN),
        (31, TrafficLight.YELLOW),
        (90, TrafficLight.YELLOW),
        (91, TrafficLight.RED),
    ],
)
def test_delayed_start_of_a_planned_measure(delay, light):
    derived = traffic_light_derive(
        facts(
            status=MeasureStatus.PLANNED,
            percent_complete=0,
            planned_start=ON - timedelta(days=delay),
            planned_end=date(2027, 12, 31),
        ),
        on=ON,
    )
    assert derived.light == light


@pytest.mark.parametrize(
    ("percent", "light"),
    [
        (30, TrafficLight.GREEN),
        (29, TrafficLight.YELLOW),
        (10, TrafficLight.YELLOW),
        (9, TrafficLight.RED),
    ],
)
def test_progress_lagging_behind_elapsed_time(percent, light):
    # 2026-01-01 .. 2026-12-31: on 30 June 180 of 364 days have passed, 49 % expected.
    derived = traffic_light_derive(facts(percent_complete=percent), on=ON)
    assert derived.light == light


def test_progress_is_not_judged_before_the_planned_start():
    derived = traffic_light_derive(
        facts(planned_start=date(2026, 7, 1), planned_end=date(2026, 12, 31), percent_complete=0),
        on=ON,
    )
    assert derived.light == TrafficLight.GREEN


def test_a_measure_planned_for_a_single_day_expects_everything_on_that_day():
    derived = traffic_light_derive(
        facts(planned_start=ON, planned_end=ON, percent_complete=50), on=ON
    )
    assert derived.light == TrafficLight.RED


def test_worst_finding_wins_and_every_reason_is_kept():
    derived = traffic_light_derive(facts(percent_complete=25, milestones=[overdue_by(3)]), on=ON)
    assert derived.light == TrafficLight.YELLOW
    assert len(derived.reasons) == 2
    red = traffic_light_derive(facts(percent_complete=5, milestones=[overdue_by(3)]), on=ON)
    assert red.light == TrafficLight.RED
