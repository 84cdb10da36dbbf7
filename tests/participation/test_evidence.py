"""What motivates a measure, and the benefit the survey suggests: a documented rule, accepted
or not by the administration."""

from decimal import Decimal

import pytest

from sachstand.participation.selectors.evidence import (
    BENEFIT_STEPS,
    Evidence,
    MeasureEvidence,
    benefit_for,
)
from sachstand.participation.selectors.plan import measure_evidence
from sachstand.participation.services.surveys import measures_cite, survey_close


def evidence(percent, respondents=20, option="Termin"):
    count = None if percent is None else int(Decimal(percent))
    share = None if percent is None else Decimal(percent)
    return Evidence("Umfrage", "Frage", option, respondents, count, share)


@pytest.mark.parametrize(
    ("percent", "benefit"),
    [(100, 5), (60, 5), ("59.9", 4), (40, 4), (39, 3), (20, 3), (19, 2), (10, 2), (9, 1), (0, 1)],
)
def test_the_suggested_benefit_follows_the_share(percent, benefit):
    assert benefit_for(evidence(percent)) == benefit


def test_the_steps_are_the_documented_ones():
    assert [(int(floor), benefit) for floor, benefit in BENEFIT_STEPS] == [
        (60, 5), (40, 4), (20, 3), (10, 2), (0, 1),
    ]  # fmt: skip


def test_the_strongest_evidence_counts_and_small_groups_do_not():
    found = MeasureEvidence(survey=[evidence(30), evidence(90, respondents=4), evidence(None)])
    assert found.strongest().percent == 30 and found.suggested_benefit() == 3
    assert MeasureEvidence().suggested_benefit() is None


def test_only_closed_surveys_are_evidence(plan, built):
    measure = plan.measure("M 1.2", title="Online-Terminvergabe")
    measures_cite(source=built.appointments, measures=[measure], user=plan.actor)
    for rating in (5, 5, 4, 2, 1):
        built.submit(rating=rating)
    assert measure.pk not in measure_evidence(plan.municipality)
    survey_close(survey=built.survey, user=plan.actor)
    [cited] = measure_evidence(plan.municipality)[measure.pk].survey
    assert (cited.respondents, cited.count, cited.percent) == (5, 3, 60)
    assert measure_evidence(plan.municipality)[measure.pk].suggested_benefit() == 5


def test_citing_a_measure_of_another_municipality_is_refused(plan, other_plan, built):
    from django.core.exceptions import ValidationError

    foreign = other_plan.measure("M 1.1")
    with pytest.raises(ValidationError):
        measures_cite(source=built.appointments, measures=[foreign], user=plan.actor)


def test_citing_is_recorded_as_one_change(plan, built):
    measure = plan.measure("M 1.2")
    other = plan.measure("M 1.3")
    before = built.appointments.history.count()
    assert measures_cite(source=built.appointments, measures=[measure, other], user=plan.actor)
    assert not measures_cite(source=built.appointments, measures=[other, measure], user=plan.actor)
    assert built.appointments.history.count() == before + 1
