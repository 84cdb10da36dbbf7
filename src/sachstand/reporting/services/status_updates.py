"""Status updates (Sachstandsmeldungen): one per measure and period."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_update_with_history

from sachstand.core.formatting import format_date
from sachstand.core.history import record_m2m_snapshots
from sachstand.core.services import assign, save_validated
from sachstand.municipalities.roles import Act, may, require
from sachstand.reporting.models import ReportingPeriod, StatusUpdate
from sachstand.strategy.models import Measure
from sachstand.strategy.selectors.as_of import end_of_day, measure_facts_as_of
from sachstand.strategy.services.measures import measure_percent_set
from sachstand.strategy.services.traffic_light import traffic_light_derive

EDITABLE = (
    "traffic_light",
    "percent_complete",
    "summary",
    "next_steps",
    "risks",
    "deviation_reason",
)


def reference_moment(*, period: ReportingPeriod, reported_at: datetime) -> datetime:
    """When the derived light is evaluated: the moment of reporting, at most the period's end."""
    return min(reported_at, end_of_day(period.end))


@transaction.atomic
def status_update_create(
    *,
    measure: Measure,
    period: ReportingPeriod,
    values: Mapping[str, Any],
    author: AbstractBaseUser | None,
    reported_at: datetime,
    user: AbstractBaseUser | None,
    sync_percent: bool = True,
) -> StatusUpdate:
    """Write the status update of ``measure`` for ``period``; a second one is refused.

    A batch of updates passes ``sync_percent=False`` and calls ``measures_percent_sync`` once.
    """
    existing = StatusUpdate.objects.filter(measure=measure, period=period).first()
    if existing is not None:
        raise ValidationError(
            {
                "period": _(
                    "Measure %(code)s already has a status update for %(period)s "
                    "(from %(date)s); change that one instead."
                )
                % {
                    "code": measure.code,
                    "period": period.half_year,
                    "date": format_date(timezone.localdate(existing.reported_at)),
                }
            }
        )
    update = StatusUpdate(
        municipality_id=measure.municipality_id,
        measure=measure,
        period=period,
        author=author,
        reported_at=reported_at,
    )
    return _save(update, values, user=user, when=reported_at, sync_percent=sync_percent)


@transaction.atomic
def status_update_change(
    *,
    update: StatusUpdate,
    values: Mapping[str, Any],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
    sync_percent: bool = True,
) -> StatusUpdate:
    """Change an existing status update; the derived light is evaluated anew.

    Nothing is written when nothing changed.
    """
    return _save(update, values, user=user, when=when, sync_percent=sync_percent)


def _save(
    update: StatusUpdate,
    values: Mapping[str, Any],
    *,
    user: AbstractBaseUser | None,
    when: datetime | None,
    sync_percent: bool,
) -> StatusUpdate:
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable in a status update: {sorted(unknown)}")
    require(user, Act.REPORT_STATUS, update.municipality_id, org_unit=update.measure.org_unit_id)
    if not assign(update, values) and update.pk:
        return update
    if not may(user, Act.EDIT_PLAN, update.municipality_id) and _released(update.period):
        if update.pk:
            update.refresh_from_db()
        raise ValidationError(
            {
                "period": _(
                    "The status report for %(half_year)s has been released; only an "
                    "administrator can still correct its status updates."
                )
                % {"half_year": update.period.half_year.label}
            }
        )
    derived = status_update_derive(update, percent=update.percent_complete)
    if derived is not None:
        assign(update, derived)
    # Uniqueness per measure and period is checked by status_update_create; the check
    # constraints repeat the field validators. The database still holds all of them.
    save_validated(update, user=user, when=when, validate_constraints=False)
    if sync_percent:
        _sync_measure_percent(update.measure, user=user, when=when)
    return update


def _released(period: ReportingPeriod) -> bool:
    return period.released_reports.filter(committee__isnull=True).exists()


def status_update_derive(update: StatusUpdate, *, percent: object) -> dict[str, str] | None:
    """The derived light of an update with ``percent``; None while the percent is invalid."""
    try:
        percent = int(percent)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    if not 0 <= percent <= 100:
        return None
    moment = reference_moment(period=update.period, reported_at=update.reported_at)
    stood = measure_facts_as_of(measure=update.measure, when=moment)
    if stood is None:
        # Nothing is known of the plan at that moment (e.g. an old period imported later):
        # no light can honestly be derived, so none is recorded and none can be deviated from.
        return {"derived_traffic_light": "", "derived_reason": _("no history at that time")}
    derived = traffic_light_derive(
        replace(stood, percent_complete=percent), on=timezone.localdate(moment)
    )
    return {"derived_traffic_light": derived.light or "", "derived_reason": derived.reason}


def _sync_measure_percent(
    measure: Measure, *, user: AbstractBaseUser | None, when: datetime | None
) -> None:
    """The measure's percent complete is that of its latest status update."""
    latest = StatusUpdate.objects.filter(measure=measure).order_by("-period__half_year").first()
    if latest is not None:
        measure_percent_set(measure=measure, percent=latest.percent_complete, user=user, when=when)


def measures_percent_sync(
    *, measure_ids: Iterable[int], user: AbstractBaseUser | None, when: datetime
) -> int:
    """After a batch of updates: each measure's percent complete is its latest update's.
    Written in bulk with history; returns how many measures changed."""
    latest: dict[int, int] = {}
    for measure_id, percent in (
        StatusUpdate.objects.filter(measure_id__in=list(measure_ids))
        .order_by("measure_id", "period__half_year")
        .values_list("measure_id", "percent_complete")
    ):
        latest[measure_id] = percent  # the last one per measure is the latest half-year
    changed = [
        m for m in Measure.objects.filter(pk__in=list(latest)) if m.percent_complete != latest[m.pk]
    ]
    for measure in changed:
        measure.percent_complete = latest[measure.pk]
    if changed:
        bulk_update_with_history(
            changed, Measure, ["percent_complete"], default_user=user, default_date=when
        )
        record_m2m_snapshots(Measure, [m.pk for m in changed], when)
    return len(changed)
