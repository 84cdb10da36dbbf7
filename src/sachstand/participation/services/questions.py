"""Citizens' questions and suggestions: received through the public form, moderated and
answered in the back office (``Act.EDIT_PLAN``).

States: received → published (shown once answered) or rejected (with a reason, never public),
or merged into an earlier question on the same matter. An answer publishes the question and is
mailed to everyone who asked it (the question and its merged duplicates) and left an address;
from then on the question is closed for them and their address is deleted after the retention
period (``participation-purge``). E-mail is sent inside the transaction: if the mail server
refuses, nothing is saved and the moderator sees why.
"""

from __future__ import annotations

import smtplib
from datetime import date, datetime

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sachstand.core.formatting import format_date
from sachstand.core.services import save_validated
from sachstand.municipalities.models import Municipality
from sachstand.municipalities.roles import Act, require
from sachstand.participation.models import CitizenQuestion, QuestionStatus
from sachstand.participation.services.surveys import measures_cite
from sachstand.strategy.models import FieldOfAction, Measure


def question_submit(
    *,
    municipality: Municipality,
    field_of_action: FieldOfAction | None,
    text: str,
    email: str = "",
    when: datetime | None = None,
) -> CitizenQuestion:
    """Receive a question from the public form (no login; the form checks abuse first)."""
    if field_of_action is not None and field_of_action.municipality_id != municipality.pk:
        raise ValidationError({"field_of_action": _("Please choose a topic from the list.")})
    question = CitizenQuestion(
        municipality=municipality,
        field_of_action=field_of_action,
        text=text.strip(),
        email=email.strip(),
        submitted_on=_day(when),
    )
    return save_validated(question, user=None, when=when)


def _day(when: datetime | None) -> date:
    return timezone.localdate(when) if when else timezone.localdate()


def _require(user: AbstractBaseUser | None, question: CitizenQuestion) -> None:
    require(user, Act.EDIT_PLAN, question.municipality_id)


def _refuse(question: CitizenQuestion, action: str) -> ValidationError:
    return ValidationError(
        _("The question of %(date)s is %(status)s and cannot be %(action)s.")
        % {
            "date": format_date(question.submitted_on),
            "status": QuestionStatus(question.status).label,
            "action": action,
        }
    )


def question_publish(
    *, question: CitizenQuestion, user: AbstractBaseUser | None, when: datetime | None = None
) -> bool:
    """Accept a question for publication; the public sees it once it is answered."""
    _require(user, question)
    if question.status == QuestionStatus.PUBLISHED:
        return False
    if question.status not in (QuestionStatus.NEW, QuestionStatus.REJECTED):
        raise _refuse(question, _("published"))
    question.status = QuestionStatus.PUBLISHED
    question.rejection_reason = ""
    save_validated(question, user=user, when=when)
    return True


def _askers(question: CitizenQuestion) -> list[CitizenQuestion]:
    """The question and the duplicates merged into it."""
    return [question, *question.duplicates.all()]


@transaction.atomic
def question_reject(
    *,
    question: CitizenQuestion,
    reason: str,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> None:
    """Reject a question with a reason (e.g. insulting, personal data, not the municipality's
    matter). The reason is mailed to whoever left an address, never published."""
    _require(user, question)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"rejection_reason": _("Please give the reason for the rejection.")})
    if question.status not in (QuestionStatus.NEW, QuestionStatus.PUBLISHED):
        raise _refuse(question, _("rejected"))
    today = _day(when)
    question.status = QuestionStatus.REJECTED
    question.rejection_reason = reason
    askers = _askers(question)
    _mail(askers, _rejection_mail, question)
    for asker in askers:
        asker.closed_on = asker.closed_on or today
        save_validated(asker, user=user, when=when)


@transaction.atomic
def question_merge(
    *,
    question: CitizenQuestion,
    into: CitizenQuestion,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> None:
    """Merge a duplicate into an earlier question on the same matter: it is answered with it.
    Its own duplicates follow it. Where ``into`` is answered already, the answer is mailed now."""
    _require(user, question)
    if into.municipality_id != question.municipality_id:
        raise ValidationError({"merged_into": _("The question belongs to another municipality.")})
    if into.pk == question.pk:
        raise ValidationError({"merged_into": _("A question cannot be merged into itself.")})
    if into.status in (QuestionStatus.MERGED, QuestionStatus.REJECTED):
        raise ValidationError(
            {
                "merged_into": _("The question of %(date)s is %(status)s; merge into another.")
                % {
                    "date": format_date(into.submitted_on),
                    "status": QuestionStatus(into.status).label,
                }
            }
        )
    if question.status not in (QuestionStatus.NEW, QuestionStatus.PUBLISHED):
        raise _refuse(question, _("merged"))
    moved = _askers(question)
    for asker in moved:
        asker.status = QuestionStatus.MERGED
        asker.merged_into = into
    if into.answer:
        waiting = [a for a in moved if a.closed_on is None]
        _mail(waiting, _answer_mail, into)
        for asker in waiting:
            asker.closed_on = _day(when)
    for asker in moved:
        save_validated(asker, user=user, when=when)


@transaction.atomic
def question_answer(
    *,
    question: CitizenQuestion,
    answer: str,
    measures: list[Measure] | None = None,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> None:
    """Answer a question and publish both, linked to the measures that respond to it.

    The answer is mailed once to each asker who left an address (later corrections are not
    mailed again); the question is then closed for them.
    """
    _require(user, question)
    answer = answer.strip()
    if not answer:
        raise ValidationError({"answer": _("Please write the answer.")})
    if question.status not in (QuestionStatus.NEW, QuestionStatus.PUBLISHED):
        raise _refuse(question, _("answered"))
    today = _day(when)
    question.answer = answer
    question.answered_on = question.answered_on or today
    question.status = QuestionStatus.PUBLISHED
    question.rejection_reason = ""
    askers = _askers(question)
    waiting = [a for a in askers if a.closed_on is None]
    _mail(waiting, _answer_mail, question)
    for asker in waiting:
        asker.closed_on = today
    for asker in askers:
        save_validated(asker, user=user, when=when)
    if measures is not None:
        measures_cite(source=question, measures=measures, user=user, when=when)


def question_set_topic(
    *,
    question: CitizenQuestion,
    field_of_action: FieldOfAction | None,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> bool:
    """Correct the field of action a question is filed under."""
    _require(user, question)
    if field_of_action is not None and field_of_action.municipality_id != question.municipality_id:
        raise ValidationError(
            {
                "field_of_action": _("“%(value)s” belongs to another municipality.")
                % {"value": field_of_action}
            }
        )
    if question.field_of_action_id == (field_of_action.pk if field_of_action else None):
        return False
    question.field_of_action = field_of_action
    save_validated(question, user=user, when=when)
    return True


def _answer_mail(asker: CitizenQuestion, question: CitizenQuestion) -> tuple[str, str]:
    return (
        _("Answer to your question to %(municipality)s") % {"municipality": asker.municipality},
        _(
            "Hello,\n\non %(date)s you sent us this question:\n\n%(text)s\n\nOur answer:\n\n"
            "%(answer)s\n\nThe question and the answer are published on our pages about the "
            "digital transformation. We delete your e-mail address at the latest %(days)d days "
            "after this message.\n\n%(municipality)s"
        )
        % {
            "date": format_date(asker.submitted_on),
            "text": asker.text,
            "answer": question.answer,
            "days": settings.SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS,
            "municipality": asker.municipality,
        },
    )


def _rejection_mail(asker: CitizenQuestion, question: CitizenQuestion) -> tuple[str, str]:
    return (
        _("Your question to %(municipality)s") % {"municipality": asker.municipality},
        _(
            "Hello,\n\non %(date)s you sent us this question:\n\n%(text)s\n\nWe cannot publish "
            "or answer it here, for this reason:\n\n%(reason)s\n\nWe delete your e-mail "
            "address at the latest %(days)d days after this message.\n\n%(municipality)s"
        )
        % {
            "date": format_date(asker.submitted_on),
            "text": asker.text,
            "reason": question.rejection_reason,
            "days": settings.SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS,
            "municipality": asker.municipality,
        },
    )


def _mail(askers: list[CitizenQuestion], compose, question: CitizenQuestion) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        messages = [
            EmailMessage(*compose(asker, question), settings.DEFAULT_FROM_EMAIL, [asker.email])
            for asker in askers
            if asker.email
        ]
    if not messages:
        return
    try:
        get_connection().send_messages(messages)
    except (OSError, smtplib.SMTPException) as error:
        raise ValidationError(
            _("The e-mail to the asker could not be sent (%(reason)s); nothing was saved.")
            % {"reason": error}
        ) from None
