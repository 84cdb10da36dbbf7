"""The plan as it stood at a date: fields, milestones, costs – and links – as they were then."""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sachstand.strategy.selectors.as_of import plan_as_of
from sachstand.strategy.services.measures import cost_item_save, measure_save, measure_set_links

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=BERLIN)


def test_plan_as_it_stood_at_a_past_date(plan, time_machine):
    time_machine.move_to(at(date(2025, 11, 1)), tick=False)
    measure = plan.measure("M 1.1", title="E-Akte im Bürgeramt")
    dependency = plan.measure("M 1.2")
    milestone = plan.milestone(measure, "Pilot", date(2026, 2, 1))
    cost_item_save(
        measure=measure,
        year=2026,
        kind="investiv",
        values={"estimated_amount": Decimal("1000")},
        user=plan.actor,
    )

    time_machine.move_to(at(date(2026, 4, 1)), tick=False)
    measure_save(
        municipality=plan.municipality,
        code="M 1.1",
        values={"title": "E-Akte in allen Ämtern", "status": "in_progress"},
        user=plan.actor,
    )
    measure_set_links(measure=measure, dependency_codes=["M 1.2"], user=plan.actor)
    plan.milestone(measure, "Pilot", date(2026, 2, 1), completed=date(2026, 3, 15))
    cost_item_save(
        measure=measure,
        year=2026,
        kind="investiv",
        values={"estimated_amount": Decimal("1500")},
        user=plan.actor,
    )

    before = plan_as_of(municipality=plan.municipality, when=date(2026, 1, 1))
    after = plan_as_of(municipality=plan.municipality, when=date(2026, 4, 1))
    old, new = before.measure("M 1.1"), after.measure("M 1.1")
    assert (old.title, old.status, old.dependencies_ids_as_of) == (
        "E-Akte im Bürgeramt",
        "planned",
        [],
    )
    assert (new.title, new.status, new.dependencies_ids_as_of) == (
        "E-Akte in allen Ämtern",
        "in_progress",
        [dependency.pk],
    )
    assert [m.completed_date for m in before.milestones_of(measure.pk)] == [None]
    assert [m.completed_date for m in after.milestones_of(measure.pk)] == [date(2026, 3, 15)]
    assert before.cost_items[0].estimated_amount == Decimal("1000.00")
    assert after.cost_items[0].estimated_amount == Decimal("1500.00")
    assert milestone.pk == after.milestones[0].id


def test_state_before_anything_existed_is_empty(plan):
    plan.measure()
    snapshot = plan_as_of(municipality=plan.municipality, when=date(2000, 1, 1))
    assert snapshot.measures == [] and snapshot.fields == []


def test_another_municipality_is_never_part_of_the_state(plan, other_plan):
    plan.measure("M 1.1")
    other_plan.measure("M 9.9")
    snapshot = plan_as_of(municipality=plan.municipality, when=date(2100, 1, 1))
    assert [m.code for m in snapshot.measures] == ["M 1.1"]
