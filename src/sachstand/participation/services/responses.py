"""Answering a survey, and the one-time links of staff surveys.

A response is validated whole before anything is written, then written in one transaction:
the staff token is spent (marked used) in the same transaction, so a refused or failed answer
spends nothing. The response keeps no reference to the token and only the day it came in.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import smtplib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sachstand.municipalities.roles import Act, require
from sachstand.participation.models import (
    TEXT_ANSWER_MAX,
    Audience,
    Moderation,
    QuestionKind,
    StaffToken,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    SurveyStatus,
)

TOKENS_MAX = 5000  # per call: a city administration has a few thousand staff


def token_hash(token: str) -> str:
    """Tokens are 192 random bits: a plain SHA-256 cannot be reversed by trying."""
    return hashlib.sha256(token.encode()).hexdigest()


def _token_check(survey: Survey, token: str) -> None:
    stored = StaffToken.objects.filter(survey=survey, token_hash=token_hash(token)).first()
    if stored is None:
        raise ValidationError(
            _("This link is not valid. Please use the link from your invitation."),
            code="token_unknown",
        )
    if stored.used:
        raise ValidationError(
            _("This link was already used: each invitation answers the survey once."),
            code="token_used",
        )


def token_state(*, survey: Survey, token: str) -> str:
    """ "ok", "unknown" or "used", for the page that shows the form behind a link."""
    try:
        _token_check(survey, token)
    except ValidationError as error:
        return "used" if error.code == "token_used" else "unknown"
    return "ok"


def _require_open(survey: Survey) -> None:
    if survey.status != SurveyStatus.OPEN:
        raise ValidationError(
            _("The survey “%(survey)s” is not open for answers.") % {"survey": survey.title},
            code="survey_not_open",
        )


@dataclass(frozen=True)
class _Row:
    question_id: int
    option_id: int | None = None
    rating: int | None = None
    text: str = ""


def _rows_of(question: SurveyQuestion, value: Any) -> tuple[list[_Row], str | None]:
    """The answer rows of one question, or the German message why ``value`` is not an answer."""
    label = f"„{question.text}“"
    options = {o.pk for o in question.options.all()}
    if question.kind == QuestionKind.SINGLE:
        if value not in options:
            return [], _("%(question)s: please choose one of the options offered.") % {
                "question": label
            }
        return [_Row(question.pk, option_id=value)], None
    if question.kind == QuestionKind.MULTIPLE:
        chosen = list(dict.fromkeys(value))
        if not chosen or not set(chosen) <= options:
            return [], _("%(question)s: please choose among the options offered.") % {
                "question": label
            }
        return [_Row(question.pk, option_id=o) for o in chosen], None
    if question.kind == QuestionKind.RATING:
        if value not in (1, 2, 3, 4, 5):
            return [], _("%(question)s: please rate from 1 to 5.") % {"question": label}
        return [_Row(question.pk, rating=value)], None
    text = str(value).strip()
    if len(text) > TEXT_ANSWER_MAX:
        return [], _(
            "%(question)s: please write at most %(max)d characters (you wrote %(count)d)."
        ) % {"question": label, "max": TEXT_ANSWER_MAX, "count": len(text)}
    return ([_Row(question.pk, text=text)] if text else []), None


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def response_validate(survey: Survey, answers: Mapping[int, Any]) -> list[_Row]:
    """All answer rows, or a ValidationError keyed by ``q<id>`` naming each question."""
    questions = {q.pk: q for q in survey.questions.prefetch_related("options")}
    errors: dict[str, str] = {}
    unknown = sorted(set(answers) - set(questions))
    if unknown:
        raise ValidationError(_("The answers refer to questions of another survey."))
    rows: list[_Row] = []
    for pk, question in questions.items():
        value = answers.get(pk)
        if _empty(value):
            if question.required:
                errors[f"q{pk}"] = _("%(question)s: please answer this question.") % {
                    "question": f"„{question.text}“"
                }
            continue
        found, problem = _rows_of(question, value)
        if problem:
            errors[f"q{pk}"] = problem
        rows.extend(found)
    if errors:
        raise ValidationError(errors)
    if not rows:
        raise ValidationError(_("Please answer at least one question."), code="empty")
    return rows


def response_submit(
    *,
    survey: Survey,
    answers: Mapping[int, Any],
    token: str | None = None,
    today: date | None = None,
) -> SurveyResponse:
    """Record one anonymous response: ``answers`` maps question ids to an option id (single
    choice), a list of option ids (multiple choice), a rating 1–5 or a text. Staff surveys need
    the token of a one-time link; it is spent in the same transaction."""
    _require_open(survey)
    if survey.audience == Audience.STAFF and not token:
        raise ValidationError(_("Staff answer through the link of their invitation."))
    rows = response_validate(survey, answers)
    with transaction.atomic():
        if survey.audience == Audience.STAFF:
            spent = StaffToken.objects.filter(
                survey=survey, token_hash=token_hash(token or ""), used=False
            ).update(used=True)
            if spent != 1:
                _token_check(survey, token or "")
                raise ValidationError(_("This link is not valid."), code="token_unknown")
        response = SurveyResponse.objects.create(
            survey=survey,
            municipality_id=survey.municipality_id,
            submitted_on=today or timezone.localdate(),
        )
        # In bulk: no history rows, which would carry the exact moment.
        SurveyAnswer.objects.bulk_create(
            SurveyAnswer(
                response=response,
                municipality_id=survey.municipality_id,
                question_id=row.question_id,
                option_id=row.option_id,
                rating=row.rating,
                text=row.text,
                moderation=Moderation.PENDING if row.text else "",
            )
            for row in rows
        )
    return response


def _require_staff_survey(survey: Survey, user: AbstractBaseUser | None) -> None:
    require(user, Act.EDIT_PLAN, survey.municipality_id)
    if survey.audience != Audience.STAFF:
        raise ValidationError(_("One-time links are for staff surveys only."))
    if survey.status == SurveyStatus.CLOSED:
        raise ValidationError(_("The survey “%(survey)s” is closed.") % {"survey": survey.title})


def staff_tokens_issue(*, survey: Survey, count: int, user: AbstractBaseUser | None) -> list[str]:
    """``count`` new one-time tokens; only their hashes are stored, so they are shown once."""
    _require_staff_survey(survey, user)
    if not 1 <= count <= TOKENS_MAX:
        raise ValidationError(
            {
                "count": _("Please ask for 1 to %(max)d links at a time (not %(count)s).")
                % {"max": TOKENS_MAX, "count": count}
            }
        )
    tokens = [secrets.token_urlsafe(24) for _ in range(count)]
    StaffToken.objects.bulk_create(
        StaffToken(survey=survey, municipality_id=survey.municipality_id, token_hash=token_hash(t))
        for t in tokens
    )
    return tokens


def parse_addresses(text: str) -> list[str]:
    """E-mail addresses separated by lines, commas, semicolons or spaces; each once."""
    addresses = [a for a in re.split(r"[\s,;]+", text) if a]
    invalid = []
    for address in addresses:
        try:
            validate_email(address)
        except ValidationError:
            invalid.append(address)
    if invalid:
        raise ValidationError(
            {
                "emails": _("These are not e-mail addresses: %(addresses)s.")
                % {"addresses": ", ".join(invalid)}
            }
        )
    return list(dict.fromkeys(a.lower() for a in addresses))


def staff_invite(
    *,
    survey: Survey,
    addresses: list[str],
    link: Callable[[str], str],
    user: AbstractBaseUser | None,
) -> int:
    """Send each address its own one-time link (``link(token)`` gives the full URL).

    The addresses are not stored. The tokens are shuffled before they are handed out, so the
    order in which they were stored says nothing about who got which.
    """
    if not addresses:
        raise ValidationError({"emails": _("Please enter at least one e-mail address.")})
    tokens = staff_tokens_issue(survey=survey, count=len(addresses), user=user)
    secrets.SystemRandom().shuffle(tokens)
    try:
        return get_connection().send_messages(_invitations(survey, addresses, tokens, link)) or 0
    except (OSError, smtplib.SMTPException) as error:
        # Links already mailed must keep working, so the tokens stay; unused ones are harmless.
        raise ValidationError(
            _("The invitations could not all be sent (%(reason)s). Please check the mail server.")
            % {"reason": error}
        ) from None


def _invitations(
    survey: Survey, addresses: list[str], tokens: list[str], link: Callable[[str], str]
) -> list[EmailMessage]:
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Invitation to the survey “%(survey)s”") % {"survey": survey.title}
        messages = [
            EmailMessage(
                subject,
                _(
                    "Hello,\n\nyou are invited to the survey “%(survey)s” of %(municipality)s. "
                    "Your answers are anonymous: they are stored without your name, your "
                    "address or this link.\n\nThe link works once:\n%(link)s\n\nThank you for "
                    "taking part."
                )
                % {
                    "survey": survey.title,
                    "municipality": survey.municipality.name,
                    "link": link(token),
                },
                settings.DEFAULT_FROM_EMAIL,
                [address],
            )
            for address, token in zip(addresses, tokens, strict=True)
        ]
    return messages
