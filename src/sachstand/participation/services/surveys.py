"""Building, opening and closing surveys; linking results to measures; moderating free texts.

Every write needs ``Act.EDIT_PLAN`` in the survey's municipality (``user=None`` is the system).
Questions and options are fixed once a survey is opened: the answers would otherwise refer to a
question other than the one that was asked. Links to measures may change at any time, since
measures that respond to a result usually come after it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sachstand.core.history import set_links
from sachstand.core.services import assign, history_context, save_validated
from sachstand.municipalities.models import Municipality
from sachstand.municipalities.roles import Act, require
from sachstand.participation.models import (
    CHOICE_KINDS,
    CitizenQuestion,
    Moderation,
    QuestionKind,
    Survey,
    SurveyAnswer,
    SurveyOption,
    SurveyQuestion,
    SurveyStatus,
)
from sachstand.strategy.models import Measure

SURVEY_FIELDS = frozenset({"title", "description", "audience", "results_public"})
QUESTION_FIELDS = frozenset(
    {
        "position", "text", "hint", "kind", "required", "rating_low", "rating_high",
        "high_means_need", "field_of_action", "online_service",
    }
)  # fmt: skip
OPTION_FIELDS = frozenset({"position", "text", "signals_need", "field_of_action", "online_service"})


def _only(values: Mapping[str, Any], allowed: frozenset[str]) -> dict[str, Any]:
    unknown = sorted(set(values) - allowed)
    if unknown:
        raise ValidationError(
            _("These values cannot be set here: %(names)s.") % {"names": ", ".join(unknown)}
        )
    return dict(values)


def survey_save(
    *,
    municipality: Municipality,
    survey: Survey | None = None,
    values: Mapping[str, Any],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> tuple[Survey, bool]:
    """Create a survey (as a draft) or change its title, introduction, audience or whether its
    results are public. The audience is fixed once the survey was opened."""
    require(user, Act.EDIT_PLAN, municipality)
    values = _only(values, SURVEY_FIELDS)
    if survey is None:
        survey = Survey(municipality=municipality)
    elif survey.municipality_id != municipality.pk:
        raise ValidationError(_("The survey belongs to another municipality."))
    if (
        survey.pk
        and "audience" in values
        and values["audience"] != survey.audience
        and survey.status != SurveyStatus.DRAFT
    ):
        raise ValidationError(
            {"audience": _("The audience of a survey that was opened cannot change.")}
        )
    if not assign(survey, values) and survey.pk:
        return survey, False
    return save_validated(survey, user=user, when=when), True


def _require_draft(survey: Survey) -> None:
    if survey.status != SurveyStatus.DRAFT:
        raise ValidationError(
            _(
                "The survey “%(survey)s” is %(status)s: its questions and options can no longer "
                "change, or the answers given would refer to another question."
            )
            % {"survey": survey.title, "status": SurveyStatus(survey.status).label}
        )


def survey_question_save(
    *,
    survey: Survey,
    question: SurveyQuestion | None = None,
    values: Mapping[str, Any],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> tuple[SurveyQuestion, bool]:
    """Add a question to a draft survey or change one."""
    require(user, Act.EDIT_PLAN, survey.municipality_id)
    values = _only(values, QUESTION_FIELDS)
    _require_draft(survey)
    if question is None:
        question = SurveyQuestion(survey=survey)
    elif question.survey_id != survey.pk:
        raise ValidationError(_("The question belongs to another survey."))
    question.municipality_id = survey.municipality_id
    if not assign(question, values) and question.pk:
        return question, False
    return save_validated(question, user=user, when=when), True


def survey_option_save(
    *,
    question: SurveyQuestion,
    option: SurveyOption | None = None,
    values: Mapping[str, Any],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> tuple[SurveyOption, bool]:
    """Add an answer option to a choice question of a draft survey or change one."""
    require(user, Act.EDIT_PLAN, question.municipality_id)
    values = _only(values, OPTION_FIELDS)
    _require_draft(question.survey)
    if question.kind not in CHOICE_KINDS:
        raise ValidationError(
            _("Only choice questions have answer options; “%(question)s” is a %(kind)s.")
            % {"question": question.text, "kind": QuestionKind(question.kind).label}
        )
    if option is None:
        option = SurveyOption(question=question)
    option.municipality_id = question.municipality_id
    if not assign(option, values) and option.pk:
        return option, False
    return save_validated(option, user=user, when=when), True


def survey_open(
    *, survey: Survey, user: AbstractBaseUser | None, when: datetime | None = None
) -> Survey:
    """Open a draft survey for answers. It needs questions, and each choice question at least
    two options."""
    require(user, Act.EDIT_PLAN, survey.municipality_id)
    if survey.status != SurveyStatus.DRAFT:
        raise ValidationError(
            _("Only a draft survey can be opened; “%(survey)s” is %(status)s.")
            % {"survey": survey.title, "status": SurveyStatus(survey.status).label}
        )
    questions = list(survey.questions.prefetch_related("options"))
    if not questions:
        raise ValidationError(_("The survey “%(survey)s” has no questions.") % {"survey": survey})
    few = [q.text for q in questions if q.kind in CHOICE_KINDS and len(q.options.all()) < 2]
    if few:
        raise ValidationError(
            _("These choice questions need at least two options: %(questions)s.")
            % {"questions": "; ".join(f"„{text}“" for text in few)}
        )
    survey.status = SurveyStatus.OPEN
    survey.opened_on = timezone.localdate(when) if when else timezone.localdate()
    return save_validated(survey, user=user, when=when)


def survey_close(
    *, survey: Survey, user: AbstractBaseUser | None, when: datetime | None = None
) -> Survey:
    """Close an open survey: no more answers; its results count as evidence from now on."""
    require(user, Act.EDIT_PLAN, survey.municipality_id)
    if survey.status != SurveyStatus.OPEN:
        raise ValidationError(
            _("Only an open survey can be closed; “%(survey)s” is %(status)s.")
            % {"survey": survey.title, "status": SurveyStatus(survey.status).label}
        )
    survey.status = SurveyStatus.CLOSED
    survey.closed_on = timezone.localdate(when) if when else timezone.localdate()
    return save_validated(survey, user=user, when=when)


def measures_cite(
    *,
    source: SurveyQuestion | SurveyOption | CitizenQuestion,
    measures: list[Measure],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> bool:
    """Set the measures that a survey result (question or option) or a citizens' question
    motivates; recorded in the history as one change. Returns whether anything changed."""
    require(user, Act.EDIT_PLAN, source.municipality_id)
    foreign = [m for m in measures if m.municipality_id != source.municipality_id]
    if foreign:
        raise ValidationError(
            {
                "measures": _("“%(value)s” belongs to another municipality.")
                % {"value": ", ".join(str(m) for m in foreign)}
            }
        )
    with transaction.atomic(), history_context(source, user=user, when=when):
        return set_links(source, "measures", measures)


def free_text_moderate(
    *,
    answer: SurveyAnswer,
    publish: bool,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> bool:
    """Publish a free-text answer or hold it back; only published texts are ever public."""
    require(user, Act.EDIT_PLAN, answer.municipality_id)
    if answer.question.kind != QuestionKind.TEXT or not answer.text:
        raise ValidationError(_("Only free-text answers are moderated."))
    wanted = Moderation.PUBLISHED if publish else Moderation.REJECTED
    if answer.moderation == wanted:
        return False
    answer.moderation = wanted
    save_validated(answer, user=user, when=when)
    return True
