"""Priority: (benefit + urgency) / effort, ranked among open measures."""

from decimal import Decimal

from sachstand.strategy.models import Measure
from sachstand.strategy.services.priority import priority_score


def test_score_formula():
    assert priority_score(benefit=5, urgency=4, effort=2) == Decimal("4.50")
    assert priority_score(benefit=1, urgency=1, effort=5) == Decimal("0.40")


def test_ranks_follow_the_score_and_ties_go_to_urgency_then_code(plan):
    plan.measure("M 1.1", benefit=3, urgency=3, effort=3)  # 2.00
    plan.measure("M 1.2", benefit=5, urgency=5, effort=1)  # 10.00
    plan.measure("M 1.3", benefit=4, urgency=2, effort=3)  # 2.00, less urgent
    plan.measure("M 1.4", benefit=2, urgency=4, effort=3)  # 2.00, more urgent
    ranks = dict(Measure.objects.values_list("code", "priority_rank"))
    assert ranks == {"M 1.2": 1, "M 1.4": 2, "M 1.1": 3, "M 1.3": 4}


def test_completed_and_cancelled_measures_leave_the_ranking(plan):
    from datetime import date

    plan.measure("M 1.1", benefit=5, urgency=5, effort=1)
    plan.measure("M 1.2", benefit=1, urgency=1, effort=5)
    plan.measure("M 1.1", status="completed", actual_end=date(2026, 5, 1))
    ranks = dict(Measure.objects.values_list("code", "priority_rank"))
    assert ranks == {"M 1.1": None, "M 1.2": 1}


def test_reranking_is_not_mistaken_for_a_change_of_the_measure(plan):
    first = plan.measure("M 1.1", benefit=1, urgency=1, effort=5)
    rows = first.history.count()
    plan.measure("M 1.2", benefit=5, urgency=5, effort=1)  # pushes M 1.1 to rank 2
    first.refresh_from_db()
    assert first.priority_rank == 2
    assert first.history.count() == rows
