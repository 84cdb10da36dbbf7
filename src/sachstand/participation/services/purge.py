"""Deleting what is no longer needed (DSGVO): the daily job ``sachstand participation-purge``.

- E-mail addresses of citizens' questions, ``SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS``
  after the question was closed for its asker (answer or rejection sent). The address is kept out
  of the history, so clearing the field deletes it.
- The one-time links of closed surveys: they can no longer be used, and without them nothing is
  left that could tell who was invited or who took part.

Idempotent: a second run on the same day deletes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from sachstand.participation.models import CitizenQuestion, StaffToken, SurveyStatus


@dataclass(frozen=True)
class Purged:
    emails: int
    tokens: int
    cutoff: date


@transaction.atomic
def participation_purge(*, today: date | None = None, days: int | None = None) -> Purged:
    days = settings.SACHSTAND_PARTICIPATION_EMAIL_RETENTION_DAYS if days is None else days
    if days < 0:
        raise ValueError(days)
    cutoff = (today or timezone.localdate()) - timedelta(days=days)
    emails = (
        CitizenQuestion.objects.filter(closed_on__lte=cutoff).exclude(email="").update(email="")
    )
    tokens, _by_model = StaffToken.objects.filter(survey__status=SurveyStatus.CLOSED).delete()
    return Purged(emails=emails, tokens=tokens, cutoff=cutoff)
