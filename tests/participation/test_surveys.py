"""Building, opening and closing a survey: who may, and what stays fixed once it is open."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from sachstand.municipalities.models import Role
from sachstand.participation.models import SurveyStatus
from sachstand.participation.services.surveys import (
    survey_close,
    survey_open,
    survey_option_save,
    survey_question_save,
    survey_save,
)
from tests import cast
from tests.participation.conftest import build_survey


def test_the_administrator_builds_opens_and_closes_a_survey(plan):
    built = build_survey(plan, open_it=False)
    survey = built.survey
    assert survey.status == SurveyStatus.DRAFT and survey.opened_on is None
    survey_open(survey=survey, user=plan.actor)
    assert survey.status == SurveyStatus.OPEN and survey.opened_on
    survey_close(survey=survey, user=plan.actor)
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.CLOSED and survey.closed_on
    # Every step is in the history, with who did it.
    assert [h.status for h in survey.history.order_by("history_id")] == ["draft", "open", "closed"]
    assert {h.history_user for h in survey.history.all()} == {plan.actor}


def test_editors_council_members_and_outsiders_may_not_build_surveys(plan):
    editor = cast.member(plan, "editor", Role.EDITOR, plan.office)
    reader = cast.member(plan, "reader", Role.COUNCIL_READER)
    outsider = cast.user("outsider")
    for person in (editor, reader, outsider):
        with pytest.raises(PermissionDenied):
            survey_save(municipality=plan.municipality, values={"title": "X"}, user=person)
    built = build_survey(plan, open_it=False)
    with pytest.raises(PermissionDenied):
        survey_open(survey=built.survey, user=editor)


def test_the_administrator_of_another_municipality_may_not_touch_it(plan, other_plan):
    built = build_survey(plan, open_it=False)
    stranger = cast.member(other_plan, "stranger", Role.ADMINISTRATOR)
    with pytest.raises(PermissionDenied):
        survey_open(survey=built.survey, user=stranger)


def test_questions_are_fixed_once_the_survey_is_open(plan, built):
    with pytest.raises(ValidationError) as error:
        survey_question_save(
            survey=built.survey, question=built.channel, values={"text": "Anders"}, user=plan.actor
        )
    assert built.survey.title in str(error.value)
    with pytest.raises(ValidationError):
        survey_option_save(question=built.channel, values={"text": "Neu"}, user=plan.actor)
    with pytest.raises(ValidationError):
        survey_save(
            municipality=plan.municipality, survey=built.survey,
            values={"audience": "staff"}, user=plan.actor,
        )  # fmt: skip


def test_a_survey_opens_only_with_questions_and_enough_options(plan):
    survey, _ = survey_save(
        municipality=plan.municipality, values={"title": "Leer"}, user=plan.actor
    )
    with pytest.raises(ValidationError):
        survey_open(survey=survey, user=plan.actor)
    survey_question_save(
        survey=survey, values={"text": "Eine Wahl?", "kind": "single"}, user=plan.actor
    )
    with pytest.raises(ValidationError) as error:
        survey_open(survey=survey, user=plan.actor)
    assert "Eine Wahl?" in str(error.value)


def test_closing_twice_or_opening_a_closed_survey_is_refused(plan, built):
    survey_close(survey=built.survey, user=plan.actor)
    for service in (survey_close, survey_open):
        with pytest.raises(ValidationError):
            service(survey=built.survey, user=plan.actor)


def test_a_question_about_another_municipalitys_field_is_refused(plan, other_plan):
    survey, _ = survey_save(municipality=plan.municipality, values={"title": "X"}, user=plan.actor)
    with pytest.raises(ValidationError) as error:
        survey_question_save(
            survey=survey,
            values={"text": "Frage", "kind": "rating", "field_of_action": other_plan.service},
            user=plan.actor,
        )
    assert "field_of_action" in error.value.error_dict


def test_only_known_values_can_be_set(plan):
    with pytest.raises(ValidationError) as error:
        survey_save(
            municipality=plan.municipality, values={"title": "X", "status": "open"},
            user=plan.actor,
        )  # fmt: skip
    assert "status" in str(error.value)
    assert _("These values cannot be set here: %(names)s.") % {"names": "status"} in str(
        error.value
    )
