from datetime import date

from sachstand.core.halfyear import HalfYear
from sachstand.strategy.selectors.milestones import milestones_due, milestones_due_next_half_year


def test_next_half_year_after_the_reference_date(plan, other_plan):
    measure = plan.measure(planned_end=date(2027, 12, 31))
    plan.milestone(measure, "Juni", date(2026, 6, 30))
    plan.milestone(measure, "Juli", date(2026, 7, 1))
    plan.milestone(measure, "Dezember", date(2026, 12, 31))
    plan.milestone(measure, "Erledigt", date(2026, 9, 1), completed=date(2026, 5, 1))
    plan.milestone(measure, "Januar", date(2027, 1, 1))
    other_plan.milestone(other_plan.measure(), "Fremd", date(2026, 8, 1))

    half_year, due = milestones_due_next_half_year(
        municipality=plan.municipality, on=date(2026, 6, 30)
    )
    assert half_year == HalfYear(2026, 2)
    assert [m.title for m in due] == ["Juli", "Dezember"]


def test_all_milestones_of_a_half_year_reached_or_not(plan):
    measure = plan.measure()
    plan.milestone(measure, "B", date(2026, 5, 1), completed=date(2026, 5, 2))
    plan.milestone(measure, "A", date(2026, 2, 1))
    due = milestones_due(municipality=plan.municipality, half_year=HalfYear(2026, 1))
    assert [m.title for m in due] == ["A", "B"]
