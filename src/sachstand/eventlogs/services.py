"""Storing what an event log measured: indicator measurements, the register's usage figures, and
the record of the run. All or nothing; a preview runs every write and rolls it back.

Fed indicators, from the figures over all services of the log, one value per half-year, only
where the municipality's indicator has the source "event log" (as the register feeds only the
indicators whose source is the register):

- K-BZ-MEDIAN: median duration of the cases completed in the half-year, in days (24 h);
- K-BZ-P90: their 90th percentile (nearest rank), only from 30 completed cases on;
- K-ONLINE: cases started online, in % of the started cases whose channel is known.

The measurement is dated the half-year's last day, or the log's last day if the log ends
earlier; an event-log value of the same half-year at another date is replaced.

Usage figures go to the register where a service of the log is a register entry: the log's
service value is the entry's LeiKa key, or else exactly the name of one entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sachstand.core.formatting import format_number
from sachstand.core.halfyear import HalfYear
from sachstand.core.services import describe_validation_error
from sachstand.eventlogs.analysis import Analysis
from sachstand.eventlogs.kpis import Row
from sachstand.eventlogs.mapping import CHANNELS
from sachstand.eventlogs.models import EventLogImport
from sachstand.eventlogs.report import analysis_json, completion_note, skipped_lines
from sachstand.indicators.models import Indicator, Measurement, Source
from sachstand.indicators.services import measurement_save
from sachstand.municipalities.models import Municipality
from sachstand.onlineservices.models import OnlineService
from sachstand.onlineservices.services import register_indicators_update, usage_save

EVENTLOG_SOURCE = "Ereignisprotokoll"  # stored text: marks values that come from event logs
P90_MINIMUM = 30
DAY = Decimal(86400)
TENTH = Decimal("0.1")


def _days(seconds: float | None) -> Decimal | None:
    return None if seconds is None else (Decimal(str(seconds)) / DAY).quantize(TENTH)


def _median(row: Row) -> Decimal | None:
    return _days(row.duration_median_s) if row.cases_completed else None


def _p90(row: Row) -> Decimal | None:
    return _days(row.duration_p90_s) if row.cases_completed >= P90_MINIMUM else None


def _online_share(row: Row) -> Decimal | None:
    known = sum(row.channels.get(c, 0) for c in CHANNELS)
    if not known:
        return None
    return (Decimal(100) * row.channels["online"] / known).quantize(TENTH)


FED_INDICATORS: dict[str, Callable[[Row], Decimal | None]] = {
    "K-BZ-MEDIAN": _median,
    "K-BZ-P90": _p90,
    "K-ONLINE": _online_share,
}


@dataclass
class Stored:
    measurements: list[dict[str, Any]] = field(default_factory=list)
    usage: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was not fed, and why
    unmatched_services: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "measurements": self.measurements,
            "usage": self.usage,
            "notes": self.notes,
            "unmatched_services": self.unmatched_services,
        }


@dataclass
class StoreResult:
    run: EventLogImport
    applied: bool
    stored: Stored
    problems: list[str]


class _Rollback(Exception):
    pass


def eventlog_store(
    *,
    municipality: Municipality,
    analysis: Analysis,
    user: AbstractBaseUser | None,
    apply: bool,
    when: datetime | None = None,
) -> StoreResult:
    """Write the figures of ``analysis`` for ``municipality`` (``apply``) or only try it
    (preview); record the run either way. A log with errors is never stored."""
    run = _run_record(municipality, analysis, user)
    stored = Stored()
    problems = list(analysis.skipped.errors)
    applied = False
    try:
        with transaction.atomic():
            if analysis.usable:
                _write(run, analysis, user, when, stored)
            applied = apply and not problems
            if not applied:
                raise _Rollback
    except _Rollback:
        pass
    except ValidationError as error:
        problems.append(describe_validation_error(error, Measurement))
        stored = Stored()
    if applied:
        run.status = EventLogImport.Status.APPLIED
    elif not problems:
        run.status = EventLogImport.Status.PREVIEW
    run.stored = {**stored.as_dict(), "problems": problems}
    run.save(update_fields=["status", "stored"])
    return StoreResult(run=run, applied=applied, stored=stored, problems=problems)


def _run_record(
    municipality: Municipality, analysis: Analysis, user: AbstractBaseUser | None
) -> EventLogImport:
    """The record, written before anything else and marked refused until the writes succeed."""
    data = analysis_json(analysis)
    source = data["source"]
    return EventLogImport.objects.create(
        municipality=municipality,
        started_at=analysis.source.read_at,
        user=user,
        file_name=analysis.source.file[:255],
        file_sha256=analysis.source.sha256,
        file_format=analysis.source.format,
        status=EventLogImport.Status.REFUSED,
        mapping={**source["mapping"], "columns": source["columns"], "encoding": source["encoding"]},
        counts={
            key: source[key]
            for key in (
                "size",
                "events_read",
                "events_used",
                "cases_read",
                "cases_used",
                "first_event",
                "last_event",
                "completion",
                "cases_without_service",
                "unmapped_channels",
            )
        },
        skipped=data["skipped"],
        figures={"rows": data["rows"], "totals": data["totals"]},
    )


def _write(
    run: EventLogImport,
    analysis: Analysis,
    user: AbstractBaseUser | None,
    when: datetime | None,
    stored: Stored,
) -> None:
    if analysis.source.mapping.service:
        _usage_write(run, analysis, user, when, stored)
    _measurements_write(run, analysis, user, when, stored)


def source_label(analysis: Analysis) -> str:
    """The short source of a stored value: the file and the start of its SHA-256."""
    text = f"{EVENTLOG_SOURCE} {analysis.source.file} (SHA-256 {analysis.source.sha256[:12]})"
    return text[:200]


def _value_day(analysis: Analysis, half_year: HalfYear) -> date:
    last = analysis.source.last_day
    return min(half_year.end, last) if last else half_year.end


def _note(run: EventLogImport, analysis: Analysis, row: Row) -> str:
    source = analysis.source
    parts = [
        ngettext(
            "Measured from the event log %(file)s (run %(run)d, SHA-256 %(sha)s, read on "
            "%(read_at)s): %(completed)s of %(cases)s case completed in %(half_year)s.",
            "Measured from the event log %(file)s (run %(run)d, SHA-256 %(sha)s, read on "
            "%(read_at)s): %(completed)s of %(cases)s cases completed in %(half_year)s.",
            source.cases_used,
        )
        % {
            "file": source.file,
            "run": run.pk,
            "sha": source.sha256,
            "read_at": timezone.localtime(source.read_at).strftime("%d.%m.%Y %H:%M"),
            "completed": format_number(row.cases_completed),
            "cases": format_number(source.cases_used),
            "half_year": row.period.label,
        }
    ]
    parts.append(completion_note(analysis))
    skipped = skipped_lines(analysis.skipped)
    if skipped:
        parts.append(_("Skipped: %(skipped)s.") % {"skipped": "; ".join(skipped)})
    return " ".join(parts)


def _measurements_write(
    run: EventLogImport,
    analysis: Analysis,
    user: AbstractBaseUser | None,
    when: datetime | None,
    stored: Stored,
) -> None:
    municipality = run.municipality
    indicators = {
        i.code: i
        for i in Indicator.objects.filter(
            municipality=municipality, code__in=FED_INDICATORS, source=Source.EVENT_LOG
        )
    }
    for code, compute in FED_INDICATORS.items():
        indicator = indicators.get(code)
        if indicator is None:
            stored.notes.append(
                _(
                    "%(code)s: not fed; the municipality has no such indicator with the source "
                    "“event log”."
                )
                % {"code": code}
            )
            continue
        if code == "K-ONLINE" and not analysis.source.mapping.channel:
            stored.notes.append(
                _("%(code)s: not fed; no --channel-attribute given.") % {"code": code}
            )
            continue
        for row in analysis.totals:
            value = compute(row)
            if value is None:
                if code == "K-BZ-P90" and row.cases_completed:
                    stored.notes.append(
                        _("%(code)s %(half_year)s: fewer than %(minimum)d completed cases.")
                        % {"code": code, "half_year": row.period, "minimum": P90_MINIMUM}
                    )
                continue
            day = _value_day(analysis, row.period)
            Measurement.objects.filter(
                indicator=indicator,
                source__startswith=EVENTLOG_SOURCE,
                date__range=(row.period.start, row.period.end),
            ).exclude(date=day).delete()
            measurement_save(
                indicator=indicator,
                day=day,
                value=value,
                user=user,
                note=_note(run, analysis, row),
                source=source_label(analysis),
                when=when,
            )
            stored.measurements.append(
                {
                    "indicator": code,
                    "period": str(row.period),
                    "date": day.isoformat(),
                    "value": str(value),
                }
            )


def register_matches(
    municipality: Municipality, names: list[str]
) -> tuple[dict[str, OnlineService], list[str]]:
    """Register entries by the log's service values: LeiKa key, else the one entry of that
    exact name. Returns the matches and the values without a (unique) entry."""
    services = list(
        OnlineService.objects.filter(municipality=municipality).select_related("leika_service")
    )
    by_key = {s.leika_key: s for s in services if s.leika_key}
    by_name: dict[str, list[OnlineService]] = defaultdict(list)
    for service in services:
        by_name[service.name].append(service)
    matches, unmatched = {}, []
    for name in names:
        found = by_key.get(name.strip())
        if found is None and len(by_name.get(name.strip(), [])) == 1:
            found = by_name[name.strip()][0]
        if found is None:
            unmatched.append(name)
        else:
            matches[name] = found
    return matches, unmatched


def _usage_write(
    run: EventLogImport,
    analysis: Analysis,
    user: AbstractBaseUser | None,
    when: datetime | None,
    stored: Stored,
) -> None:
    names = sorted({row.service for row in analysis.rows if row.service is not None})
    matches, stored.unmatched_services = register_matches(run.municipality, names)
    with_channels = bool(analysis.source.mapping.channel)
    for row in analysis.rows:
        service = matches.get(row.service or "")
        if service is None:
            continue
        values: dict[str, Any] = {}
        median = _median(row)
        if median is not None:
            values["processing_days_median"] = median
        if with_channels and row.cases_started:
            values.update({c: row.channels.get(c, 0) for c in CHANNELS})
        if not values:
            continue
        usage_save(
            service=service,
            half_year=row.period,
            values={**values, "source": source_label(analysis)},
            user=user,
            when=when,
        )
        stored.usage.append(
            {
                "service": row.service,
                "register_entry": service.pk,
                "period": str(row.period),
                **{k: str(v) if isinstance(v, Decimal) else v for k, v in values.items()},
            }
        )
    if stored.usage:
        register_indicators_update(
            municipality=run.municipality,
            half_year=HalfYear.containing(timezone.localdate(when)),
            user=user,
            when=when,
        )
