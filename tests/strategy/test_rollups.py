"""Roll-ups per field of action and for the whole strategy, with a flat number of queries."""

from datetime import date
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sachstand.strategy.selectors.rollups import plan_rollup
from sachstand.strategy.services.measures import cost_item_save, staff_need_save


def build(plan) -> None:
    on_time = plan.measure("M 1.1", status="in_progress", percent_complete=50)
    late = plan.measure("M 1.2", status="in_progress", percent_complete=10)
    plan.milestone(late, "Vergabe", date(2026, 3, 1))
    plan.measure(
        "M 2.1",
        field_of_action=plan.efile,
        status="completed",
        actual_end=date(2026, 5, 1),
        percent_complete=100,
    )
    plan.measure("M 2.2", field_of_action=plan.efile, status="cancelled")
    for measure, year, kind, estimated, actual, funded in [
        (on_time, 2026, "investiv", "10000.00", "8000.50", "5000.00"),
        (on_time, 2027, "konsumtiv", "2500.00", None, "0"),
        (late, 2026, "investiv", "1000.10", None, "0"),
    ]:
        cost_item_save(
            measure=measure,
            year=year,
            kind=kind,
            values={
                "estimated_amount": Decimal(estimated),
                "actual_amount": Decimal(actual) if actual else None,
                "funded_amount": Decimal(funded),
            },
            user=plan.actor,
        )
    staff_need_save(measure=on_time, year=2026, full_time_equivalents="0.5", user=plan.actor)
    staff_need_save(measure=late, year=2026, full_time_equivalents="1.25", user=plan.actor)


def test_counts_by_status_and_light_per_field_and_in_total(plan):
    build(plan)
    rollup = plan_rollup(municipality=plan.municipality, on=date(2026, 6, 30))
    service, efile = (r for _field, r in rollup.fields)
    assert dict(service.by_status) == {"in_progress": 2}
    assert dict(service.by_light) == {"green": 1, "red": 1}
    assert dict(efile.by_status) == {"completed": 1, "cancelled": 1}
    assert dict(efile.by_light) == {"green": 1, "": 1}
    assert rollup.total.measures == 4
    assert dict(rollup.total.by_light) == {"green": 2, "red": 1, "": 1}


def test_costs_per_year_and_kind_and_staff_per_year(plan):
    build(plan)
    total = plan_rollup(municipality=plan.municipality, on=date(2026, 6, 30)).total
    invest_2026 = total.costs[(2026, "investiv")]
    assert (invest_2026.estimated, invest_2026.actual, invest_2026.funded) == (
        Decimal("11000.10"),
        Decimal("8000.50"),
        Decimal("5000.00"),
    )
    assert total.costs[(2027, "konsumtiv")].estimated == Decimal("2500.00")
    assert {y: s.estimated for y, s in total.costs_per_year().items()} == {
        2026: Decimal("11000.10"),
        2027: Decimal("2500.00"),
    }
    assert dict(total.staff) == {2026: Decimal("1.75")}
    assert all(isinstance(s.estimated, Decimal) for s in total.costs.values())


def test_query_count_does_not_grow_with_the_plan(plan):
    build(plan)
    with CaptureQueriesContext(connection) as small:
        plan_rollup(municipality=plan.municipality, on=date(2026, 6, 30))
    for n in range(3, 13):
        measure = plan.measure(f"M 1.{n}")
        plan.milestone(measure, "Start", date(2026, 2, 1))
    with CaptureQueriesContext(connection) as large:
        plan_rollup(municipality=plan.municipality, on=date(2026, 6, 30))
    assert len(large) == len(small)


def test_rollup_as_it_stood_ignores_later_changes(plan, time_machine):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    time_machine.move_to(datetime(2026, 2, 1, tzinfo=ZoneInfo("Europe/Berlin")), tick=False)
    plan.measure("M 1.1", status="in_progress", percent_complete=50)
    time_machine.move_to(datetime(2026, 8, 1, tzinfo=ZoneInfo("Europe/Berlin")), tick=False)
    plan.measure("M 1.1", status="completed", actual_end=date(2026, 7, 30), percent_complete=100)
    plan.measure("M 1.2")
    then = plan_rollup(municipality=plan.municipality, on=date(2026, 6, 30), as_it_stood=True)
    assert dict(then.total.by_status) == {"in_progress": 1}
    today = plan_rollup(municipality=plan.municipality, on=date(2026, 8, 1))
    assert dict(today.total.by_status) == {"completed": 1, "planned": 1}
