"""The reporting round: open a half-year with a deadline, remind who has not reported."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sachstand.core.formatting import format_date
from sachstand.core.halfyear import HalfYear
from sachstand.municipalities.models import Municipality
from sachstand.reporting.models import ReminderSent, ReportingPeriod
from sachstand.reporting.selectors.rounds import open_periods, round_overview
from sachstand.reporting.services.periods import period_open


def round_open(
    *,
    municipality: Municipality,
    half_year: HalfYear,
    deadline: date,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> ReportingPeriod:
    """Open the round of ``half_year``: status updates are due by ``deadline``."""
    if deadline < half_year.start:
        raise ValidationError(
            {
                "deadline": _(
                    "The deadline %(deadline)s lies before the half-year %(half_year)s begins."
                )
                % {"deadline": format_date(deadline), "half_year": half_year.label}
            }
        )
    return period_open(
        municipality=municipality, half_year=half_year, deadline=deadline, user=user, when=when
    )


def reminder_stage(deadline: date, today: date, stages: list[int]) -> int | None:
    """The reminder due ``today``: the smallest number of days before the deadline that has
    been reached; None before the first stage and after the deadline.

    A job that did not run for some days sends only the stage due now, not the missed ones.
    """
    left = (deadline - today).days
    if left < 0:
        return None
    reached = [s for s in stages if left <= s]
    return min(reached) if reached else None


@dataclass
class ReminderRun:
    sent: list[str] = field(default_factory=list)
    already: int = 0
    without_address: list[str] = field(default_factory=list)


def reminders_send(*, today: date, dry_run: bool = False) -> ReminderRun:
    """Send the reminders due ``today`` in every municipality; each at most once.

    For a daily cron job: running it twice on a day, or every day, sends each reminder once.
    """
    stages = sorted(set(settings.SACHSTAND_REMINDER_DAYS), reverse=True)
    run = ReminderRun()
    for municipality in Municipality.objects.order_by("name"):
        for period in open_periods(municipality, today).filter(deadline__isnull=False):
            stage = reminder_stage(period.deadline, today, stages)
            if stage is None:
                continue
            overview = round_overview(period)
            for editor, missing in overview.editors_missing:
                name = editor.get_full_name() or editor.get_username()
                if ReminderSent.objects.filter(
                    period=period, user=editor, days_before=stage
                ).exists():
                    run.already += 1
                    continue
                if not editor.email:
                    run.without_address.append(f"{municipality.name}: {name}")
                    continue
                if not dry_run:
                    _send(period, municipality, editor, missing, stage, today)
                run.sent.append(f"{municipality.name} {period.half_year}: {name} <{editor.email}>")
    return run


def _send(period, municipality, editor, missing, stage, today) -> None:
    """Record the reminder and send it; a second job racing for the same one sends nothing."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(
                municipality=municipality,
                period=period,
                user=editor,
                days_before=stage,
                sent_at=timezone.now(),
                measure_count=len(missing),
            )
            with translation.override(settings.LANGUAGE_CODE):
                subject, body = _message(period, municipality, editor, missing, today)
            # Sent inside the transaction: if sending fails, the record is rolled back and the
            # next run tries again.
            send_mail(subject, body, None, [editor.email])
    except IntegrityError:
        return


def _message(period, municipality, editor, missing, today) -> tuple[str, str]:
    days = (period.deadline - today).days
    subject = ngettext(
        "Status report %(half_year)s: %(count)d status update due by %(deadline)s",
        "Status report %(half_year)s: %(count)d status updates due by %(deadline)s",
        len(missing),
    ) % {
        "half_year": period.half_year.label,
        "count": len(missing),
        "deadline": format_date(period.deadline),
    }
    base = settings.SACHSTAND_BASE_URL.rstrip("/")
    lines = [
        _("Hello %(name)s,") % {"name": editor.get_full_name() or editor.get_username()},
        "",
        ngettext(
            "for the status report %(half_year)s of %(municipality)s, %(count)d measure of your "
            "units still needs its status update.",
            "for the status report %(half_year)s of %(municipality)s, %(count)d measures of "
            "your units still need their status update.",
            len(missing),
        )
        % {
            "half_year": period.half_year.label,
            "municipality": municipality.name,
            "count": len(missing),
        },
        ngettext(
            "The deadline is %(deadline)s (in %(days)d day).",
            "The deadline is %(deadline)s (in %(days)d days).",
            days,
        )
        % {"deadline": format_date(period.deadline), "days": days}
        if days
        else _("The deadline is today, %(deadline)s.") % {"deadline": format_date(period.deadline)},
        "",
    ]
    for measure in missing:
        url = reverse("admin:reporting_statusupdate_add")
        lines.append(f"- {measure.code} {measure.title}")
        lines.append(f"  {base}{url}?measure={measure.pk}&period={period.pk}")
    lines += [
        "",
        _("Your to-do list in the back office: %(url)s") % {"url": base + reverse("admin:index")},
        "",
        _("This message was sent automatically by sachstand."),
    ]
    return subject, "\n".join(lines)
