"""Bad input to the plan gets a German message naming the field and the value; nothing is saved."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from sachstand.strategy.models import CostItem, Measure, MeasureStatus
from sachstand.strategy.services.measures import cost_item_save, measure_save, measure_set_links


def test_end_before_start_is_refused_with_both_dates(plan):
    with pytest.raises(ValidationError) as error:
        plan.measure("M 1.1", planned_start=date(2026, 3, 1), planned_end=date(2025, 12, 31))
    assert error.value.message_dict["planned_end"] == [
        "Das geplante Ende 31.12.2025 liegt vor dem geplanten Beginn 01.03.2026."
    ]
    assert not Measure.objects.exists()


def test_percent_above_100_is_refused_with_the_value(plan):
    with pytest.raises(ValidationError) as error:
        plan.measure("M 1.1", percent_complete=120)
    assert error.value.message_dict["percent_complete"] == [
        "120 % ist kein Prozentwert zwischen 0 und 100."
    ]
    assert not Measure.objects.exists()


def test_negative_amount_is_refused_with_the_value(plan):
    measure = plan.measure()
    with pytest.raises(ValidationError) as error:
        cost_item_save(
            measure=measure,
            year=2026,
            kind="investiv",
            values={"estimated_amount": Decimal("-5")},
            user=plan.actor,
        )
    assert "-5 ist negativ" in error.value.message_dict["estimated_amount"][0]
    assert not CostItem.objects.exists()


def test_funding_above_the_costs_is_refused(plan):
    with pytest.raises(ValidationError) as error:
        cost_item_save(
            measure=plan.measure(),
            year=2026,
            kind="investiv",
            funding_source="DigitalPakt Schule",
            values={"estimated_amount": Decimal("1000"), "funded_amount": Decimal("1500.50")},
            user=plan.actor,
        )
    assert error.value.message_dict["funded_amount"] == [
        "Der Förderbetrag 1.500,50\u00a0€ übersteigt die Kosten von 1.000,00\u00a0€."
    ]


def test_completed_measure_needs_its_actual_end(plan):
    with pytest.raises(ValidationError) as error:
        plan.measure(status=MeasureStatus.COMPLETED)
    assert "actual_end" in error.value.message_dict


def test_rating_outside_1_to_5_is_refused(plan):
    with pytest.raises(ValidationError) as error:
        plan.measure(benefit=6)
    assert error.value.message_dict["benefit"] == ["6 ist keine Bewertung von 1 bis 5."]


def test_code_is_unique_per_municipality_only(plan, other_plan):
    plan.measure("M 1.1")
    other_plan.measure("M 1.1")
    assert Measure.objects.filter(code="M 1.1").count() == 2


def test_field_of_another_municipality_is_refused(plan, other_plan):
    with pytest.raises(ValidationError) as error:
        plan.measure(field_of_action=other_plan.service)
    assert "gehört zu einer anderen Kommune" in error.value.message_dict["field_of_action"][0]


def test_goals_and_dependencies_are_set_by_code(plan):
    first, second = plan.measure("M 1.1"), plan.measure("M 1.2")
    measure_set_links(
        measure=second, goal_codes=["Z 1.1", "Z 2.1"], dependency_codes=["M 1.1"], user=plan.actor
    )
    assert set(second.goals.values_list("code", flat=True)) == {"Z 1.1", "Z 2.1"}
    assert list(second.dependencies.all()) == [first]


def test_unknown_goal_code_is_named(plan):
    with pytest.raises(ValidationError) as error:
        measure_set_links(measure=plan.measure(), goal_codes=["Z 9.9"], user=plan.actor)
    assert "Z 9.9" in error.value.message_dict["goals"][0]


def test_a_dependency_cycle_is_refused(plan):
    a, b, c = plan.measure("M 1.1"), plan.measure("M 1.2"), plan.measure("M 1.3")
    measure_set_links(measure=b, dependency_codes=["M 1.1"], user=plan.actor)
    measure_set_links(measure=c, dependency_codes=["M 1.2"], user=plan.actor)
    with pytest.raises(ValidationError) as error:
        measure_set_links(measure=a, dependency_codes=["M 1.3"], user=plan.actor)
    assert "M 1.1" in error.value.message_dict["dependencies"][0]
    assert not a.dependencies.exists()
    with pytest.raises(ValidationError):
        measure_set_links(measure=a, dependency_codes=["M 1.1"], user=plan.actor)


def test_measure_save_changes_only_what_differs(plan):
    measure = plan.measure()
    _, written = measure_save(
        municipality=plan.municipality,
        code="M 1.1",
        values={"title": measure.title},
        user=plan.actor,
    )
    assert not written
